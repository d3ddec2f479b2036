package com.rolecompare.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per request: method, path and query (cut to a bounded length), status, duration.
 * Pages at INFO; static assets and health probes, which would drown them, at DEBUG.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "rolecompare.request-log.enabled", matchIfMissing = true)
class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);
    private static final List<String> QUIET_PREFIXES = List.of("/assets/", "/favicon", "/actuator/health");

    private final int maxTargetLength;

    RequestLog(RequestLogProperties properties) {
        this.maxTargetLength = properties.maxTargetLength();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            write(request, status, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void write(HttpServletRequest request, int status, long millis) {
        String path = request.getRequestURI();
        boolean quiet = QUIET_PREFIXES.stream().anyMatch(path::startsWith);
        if (quiet ? !log.isDebugEnabled() : !log.isInfoEnabled()) {
            return;
        }
        String target = target(path, request.getQueryString());
        if (quiet) {
            log.debug("{} {} {} {}ms", request.getMethod(), target, status, millis);
        } else {
            log.info("{} {} {} {}ms", request.getMethod(), target, status, millis);
        }
    }

    /** The path and query as sent, cut to the configured length; control characters shown as '?'. */
    String target(String path, String query) {
        String target = query == null ? path : path + "?" + query;
        if (target.length() > maxTargetLength) {
            target = target.substring(0, maxTargetLength - 1) + "…";
        }
        for (int i = 0; i < target.length(); i++) {
            if (Character.isISOControl(target.charAt(i))) {
                return target.replaceAll("\\p{Cntrl}", "?");
            }
        }
        return target;
    }
}
