package com.rolecompare.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * from memory before Spring MVC runs, remembering an explicit language choice as the ordinary path does.
 * Anything else (a query that cannot be decoded, an address never served) goes the ordinary way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CachedPageFilter extends OncePerRequestFilter {

    static final String UNDECODABLE = CachedPageFilter.class.getName() + ".undecodable";

    private final RenderedPages pages;
    private final ReaderLocaleResolver locales;
    private final Languages languages;
    private final Map<Locale, String> cookies = new ConcurrentHashMap<>();

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
            // The container reports a query it cannot decode only once: keep it for the ordinary path's 400.
            request.setAttribute(UNDECODABLE, undecodable);
            return false;
        }
        Locale locale = explicit.isPresent() ? explicit.get() : locales.resolveLocale(request);
        String remember = explicit.isPresent() && !explicit.equals(locales.remembered(request))
                ? cookies.computeIfAbsent(locale, ReaderLocaleResolver::rememberCookie) : null;
        return pages.serveFromMemory(request, response, languages.tagOf(locale), explicit.isPresent(), remember);
    }
}
