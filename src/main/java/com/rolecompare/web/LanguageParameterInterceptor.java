package com.rolecompare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

import com.rolecompare.content.Languages;

/**
 * Applies {@code ?lang=} and remembers it. An unsupported value is ignored (documented normalisation):
 * the page is served in the language the reader would otherwise get.
 */
class LanguageParameterInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    private final ReaderLocaleResolver resolver;
    private final Languages languages;

    LanguageParameterInterceptor(ReaderLocaleResolver resolver, Languages languages) {
        this.resolver = resolver;
        this.languages = languages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(CachedPageFilter.UNDECODABLE) instanceof RuntimeException undecodable) {
            throw undecodable;
        }
        String explicit = request.getParameter(PARAMETER);
        languages.parse(explicit).ifPresentOrElse(
                locale -> resolver.setLocale(request, response, locale),
                () -> response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie"));
        return true;
    }
}
