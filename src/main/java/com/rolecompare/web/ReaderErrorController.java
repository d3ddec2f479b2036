package com.rolecompare.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * The container's error page (errors that happen outside a controller, such as a query that cannot be decoded,
 * a method the container refuses, or an unexpected exception): the same page, never a stack trace.
 */
@Controller
class ReaderErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ReaderErrorController.class);

    private final ErrorPages pages;

    ReaderErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null) {
            status = HttpStatus.NOT_FOUND;
        }
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t && status.is5xxServerError()) {
            log.error("Request to {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object reason = request.getAttribute(ErrorPages.REASON);
        return pages.answer(request, status, decodedPath(uri, request.getContextPath()),
                reason instanceof String key ? key : null);
    }

    private static String decodedPath(Object uri, String contextPath) {
        if (!(uri instanceof String raw) || !raw.startsWith(contextPath)) {
            return "/";
        }
        try {
            return UriUtils.decode(raw.substring(contextPath.length()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
