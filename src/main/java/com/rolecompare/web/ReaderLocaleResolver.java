package com.rolecompare.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

import com.rolecompare.content.Languages;

/**
 * The reader's language: an explicit {@code ?lang=} on this request, else the remembered choice
 * (a cookie of its own, never an HTTP session), else the best match of {@code Accept-Language},
 * else the site's default (zh-CN).
 */
public class ReaderLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "lang";
    private static final String ATTRIBUTE = ReaderLocaleResolver.class.getName() + ".locale";
    private static final Duration REMEMBER_FOR = Duration.ofDays(365);

    private final Languages languages;

    public ReaderLocaleResolver(Languages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        return remembered(request)
                .or(() -> languages.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(languages.defaultLocale());
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null) {
            return;
        }
        Optional<Locale> supported = languages.parse(locale.toLanguageTag());
        if (supported.isEmpty()) {
            return;
        }
        Locale chosen = supported.get();
        request.setAttribute(ATTRIBUTE, chosen);
        if (response != null && !remembered(request).equals(supported)) {
            response.addHeader(HttpHeaders.SET_COOKIE, rememberCookie(chosen));
        }
    }

    /** The Set-Cookie value that remembers a language choice. */
    static String rememberCookie(Locale chosen) {
        return ResponseCookie.from(COOKIE, chosen.toLanguageTag())
                .path("/").maxAge(REMEMBER_FOR).httpOnly(true).sameSite("Lax").build().toString();
    }

    /** The language chosen with {@code ?lang=} on this request, if it names a supported one. */
    Optional<Locale> explicit(HttpServletRequest request) {
        return languages.parse(request.getParameter(LanguageParameterInterceptor.PARAMETER));
    }

    /** The language remembered in the reader's cookie, if any. */
    Optional<Locale> remembered(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        return cookie == null ? Optional.empty() : languages.parse(cookie.getValue());
    }
}
