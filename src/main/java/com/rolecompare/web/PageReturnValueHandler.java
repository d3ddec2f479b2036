package com.rolecompare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Serves the {@link Page} a controller returns through the {@link PageCache}. */
class PageReturnValueHandler implements HandlerMethodReturnValueHandler {

    private final PageCache pages;
    private final Templates templates;

    PageReturnValueHandler(PageCache pages, Templates templates) {
        this.pages = pages;
        this.templates = templates;
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return Page.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer container,
            NativeWebRequest webRequest) {
        container.setRequestHandled(true);
        Page page = (Page) returnValue;
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        if (page.cacheable()) {
            pages.serve(request, response, page.key(), () -> templates.render(page.view(), page.model().get(), page.key()));
        } else {
            pages.serveOnce(request, response, page.key(), page.status(),
                    templates.render(page.view(), page.model().get(), page.key()));
        }
    }
}
