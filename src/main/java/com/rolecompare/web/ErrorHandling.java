package com.rolecompare.web;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UrlPathHelper;

/** Turns what can go wrong in a request into a page the reader can act on. */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final ErrorPages pages;

    ErrorHandling(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e, HttpServletRequest request) {
        return pages.answer(request, HttpStatus.NOT_FOUND, path(request), e.reasonKey());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<byte[]> noSuchPage(HttpServletRequest request) {
        return pages.answer(request, HttpStatus.NOT_FOUND, path(request), null);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<byte[]> badRequest(BadRequestException e, HttpServletRequest request) {
        return pages.answer(request, HttpStatus.BAD_REQUEST, path(request), e.reasonKey());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            InvalidParameterException.class})
    ResponseEntity<byte[]> malformed(Exception e, HttpServletRequest request) {
        log.debug("Malformed request to {}: {}", request.getRequestURI(), e.toString());
        return pages.answer(request, HttpStatus.BAD_REQUEST, path(request), "error.badRequest.malformed");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ResponseEntity<byte[]> page = pages.answer(request, HttpStatus.METHOD_NOT_ALLOWED, path(request), null);
        return e.getSupportedHttpMethods() == null ? page
                : ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders())
                        .allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new))
                        .body(page.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<byte[]> notAcceptable(HttpServletRequest request) {
        return pages.answer(request, HttpStatus.NOT_ACCEPTABLE, path(request), null);
    }

    private static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }
}
