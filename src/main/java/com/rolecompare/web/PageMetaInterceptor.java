package com.rolecompare.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Adds {@link PageMeta} to every rendered page. A controller may name the page's canonical path and
 * filter in the model ({@link #CANONICAL_PATH}, {@link #CANONICAL_DIMENSIONS}); otherwise the request path is used.
 */
class PageMetaInterceptor implements HandlerInterceptor {

    static final String CANONICAL_PATH = "canonicalPath";
    static final String CANONICAL_DIMENSIONS = "canonicalDimensions";

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final PageMetaFactory factory;

    PageMetaInterceptor(PageMetaFactory factory) {
        this.factory = factory;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")
                || mav.getModel().containsKey("page")) {
            return;
        }
        Object path = mav.getModel().get(CANONICAL_PATH);
        Object dimensions = mav.getModel().get(CANONICAL_DIMENSIONS);
        mav.addObject("page", factory.build(request,
                path instanceof String p ? p : PATHS.getPathWithinApplication(request),
                dimensions instanceof List<?> d ? (List<String>) d : List.of()));
    }
}
