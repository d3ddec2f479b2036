package com.rolecompare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** The fast path: a GET for a canonical address whose page is held is answered before Spring MVC runs. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PageCacheFilter extends OncePerRequestFilter {

    private final PageCache pages;
    private final ReaderLanguages languages;

    PageCacheFilter(PageCache pages, ReaderLanguages languages) {
        this.pages = pages;
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || request.getRequestURI().startsWith(Fingerprints.PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!pages.serveFromMemory(request, response, languages.resolve(request))) {
            chain.doFilter(request, response);
        }
    }
}
