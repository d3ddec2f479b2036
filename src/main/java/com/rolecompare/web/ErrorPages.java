package com.rolecompare.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Renders the one error page, in the reader's language, for any status; never a stack trace. */
@Component
public class ErrorPages {

    static final String VIEW = "error";

    private final PageMetaFactory pageMeta;

    ErrorPages(PageMetaFactory pageMeta) {
        this.pageMeta = pageMeta;
    }

    /**
     * @param path the path the reader asked for, kept for the language switch
     * @param reasonKey message key of the sentence that explains the error, or null for the status's own
     */
    public ModelAndView page(HttpServletRequest request, HttpStatus status, String path, String reasonKey) {
        HttpStatus shown = switch (status) {
            case NOT_FOUND, BAD_REQUEST, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE -> status;
            default -> status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        };
        ModelAndView mav = new ModelAndView(VIEW, shown);
        mav.addObject("status", shown.value());
        mav.addObject("reasonKey", reasonKey != null ? reasonKey : "error." + shown.value() + ".reason");
        mav.addObject("page", pageMeta.build(request, safePath(path), List.of()));
        return mav;
    }

    private static String safePath(String path) {
        if (path == null || path.isEmpty() || path.length() > 500 || !path.startsWith("/")) {
            return "/";
        }
        return path;
    }
}
