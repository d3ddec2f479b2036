package com.rolecompare.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.rolecompare.content.Languages;

/**
 * The fast path: a GET for an address that was already served in this content revision is answered
 * from memory before Spring MVC runs. Anything unusual (a language to remember in a cookie, a query
 * that cannot be decoded, an address never served) goes the ordinary way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CachedPageFilter extends OncePerRequestFilter {

    private final RenderedPages pages;
    private final ReaderLocaleResolver locales;
    private final Languages languages;

    CachedPageFilter(RenderedPages pages, Languages languages) {
        this.pages = pages;
        this.locales = new ReaderLocaleResolver(languages);
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!fromMemory(request, response)) {
            chain.doFilter(request, response);
        }
    }

    private boolean fromMemory(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Locale> explicit;
        try {
            explicit = locales.explicit(request);
        } catch (RuntimeException undecodable) {
            return false;
        }
        Optional<Locale> remembered = locales.remembered(request);
        if (explicit.isPresent() && !explicit.equals(remembered)) {
            return false;
        }
        Locale locale = explicit.isPresent() ? explicit.get() : locales.resolveLocale(request);
        return pages.serveFromMemory(request, response, languages.tagOf(locale), explicit.isPresent());
    }
}
