package com.rolecompare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides the request's language before anything else reads it: remembers an explicit {@code ?lang=} in the
 * {@code lang} cookie, marks answers that depend on the reader's headers ({@code Vary}), and answers a query the
 * container cannot decode with the 400 page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LanguageFilter extends OncePerRequestFilter {

    static final String VARY_BY_READER = "Accept-Language, Cookie";

    private final ReaderLanguages languages;

    LanguageFilter(ReaderLanguages languages) {
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith(Fingerprints.PREFIX) || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ReaderLanguage language;
        try {
            language = languages.resolve(request);
        } catch (RuntimeException undecodable) {
            response.addHeader(HttpHeaders.VARY, VARY_BY_READER);
            request.setAttribute(ErrorPages.REASON, "error.badRequest.malformed");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String remember = languages.rememberCookie(request, language);
        if (remember != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, remember);
        }
        if (!language.explicit()) {
            response.addHeader(HttpHeaders.VARY, VARY_BY_READER);
        }
        chain.doFilter(request, response);
    }
}
