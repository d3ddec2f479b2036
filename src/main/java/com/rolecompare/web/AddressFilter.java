package com.rolecompare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * An address the container let through but that cannot be read (malformed percent-encoding after a path parameter,
 * such as {@code /;%}, or a path that is not UTF-8) is answered with the 400 page before Spring MVC tries to parse it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class AddressFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readable(request.getRequestURI())) {
            request.setAttribute(ErrorPages.REASON, "error.badRequest.malformed");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean readable(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            String decoded = UriUtils.decode(uri, StandardCharsets.UTF_8);
            return decoded.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0xfffd);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
