package com.rolecompare.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.rolecompare.content.Languages;

/**
 * The one place a request's language is decided, once per request: an explicit {@code ?lang=}, else the
 * remembered choice (a cookie of its own, never an HTTP session), else the best match of {@code Accept-Language},
 * else the site's default (zh-CN). Spring MVC uses it as its locale resolver; {@link LanguageFilter} resolves first.
 */
@Component("localeResolver")
public class ReaderLanguages implements LocaleResolver {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";
    private static final String ATTRIBUTE = ReaderLanguages.class.getName();
    private static final Duration REMEMBER_FOR = Duration.ofDays(365);

    private final Languages languages;

    ReaderLanguages(Languages languages) {
        this.languages = languages;
    }

    /**
     * The request's language. Reading {@code ?lang=} makes the container decode the query; a query it cannot
     * decode throws here, on first resolution only (the caller answers 400).
     */
    public ReaderLanguage resolve(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ReaderLanguage resolved) {
            return resolved;
        }
        String parameter;
        try {
            parameter = request.getParameter(PARAMETER);
        } catch (RuntimeException undecodable) {
            // The error page that follows is served in the language the reader gets without ?lang=.
            request.setAttribute(ATTRIBUTE, new ReaderLanguage(implicit(request), false));
            throw undecodable;
        }
        ReaderLanguage resolved = explicit(parameter)
                .map(tag -> new ReaderLanguage(tag, true))
                .orElseGet(() -> new ReaderLanguage(implicit(request), false));
        request.setAttribute(ATTRIBUTE, resolved);
        return resolved;
    }

    /** The language a reader gets without {@code ?lang=}: remembered, else Accept-Language, else the default. */
    String implicit(HttpServletRequest request) {
        return remembered(request).or(() -> languages.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                        .map(languages::tagOf))
                .orElse(languages.defaultTag());
    }

    /** The same decision from raw header values, for answers written before a servlet request exists. */
    public String implicit(String cookieHeader, String acceptLanguage) {
        Optional<String> remembered = Optional.empty();
        if (cookieHeader != null && cookieHeader.length() < 4096) {
            for (String part : cookieHeader.split(";")) {
                String[] pair = part.trim().split("=", 2);
                if (pair.length == 2 && COOKIE.equals(pair[0])) {
                    remembered = explicit(pair[1]);
                }
            }
        }
        return remembered.or(() -> languages.bestFor(acceptLanguage).map(languages::tagOf))
                .orElse(languages.defaultTag());
    }

    /** The Set-Cookie header that remembers an explicit choice, or null when the reader's cookie already says it. */
    String rememberCookie(HttpServletRequest request, ReaderLanguage language) {
        if (!language.explicit() || remembered(request).filter(language.tag()::equals).isPresent()) {
            return null;
        }
        return ResponseCookie.from(COOKIE, language.tag())
                .path("/").maxAge(REMEMBER_FOR).httpOnly(true).sameSite("Lax").build().toString();
    }

    private Optional<String> remembered(HttpServletRequest request) {
        Cookie[] cookies;
        try {
            cookies = request.getCookies();
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return explicit(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> explicit(String value) {
        return languages.parse(value).map(languages::tagOf);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        try {
            return resolve(request).locale();
        } catch (RuntimeException undecodable) {
            return ((ReaderLanguage) request.getAttribute(ATTRIBUTE)).locale();
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen with ?lang=, see LanguageFilter");
    }
}
