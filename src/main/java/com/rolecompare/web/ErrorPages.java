package com.rolecompare.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one error page, in the reader's language, for any status: a reason the reader can act on, links onward,
 * never a stack trace, an exception name or a server version. Error answers are never cached. At the API's addresses
 * the same answer is a problem detail in JSON ({@link ProblemDetails}).
 */
@Component
public class ErrorPages {

    static final String VIEW = "error";
    /** A request attribute naming the reason (a message key) for an error answered by the container's error page. */
    static final String REASON = ErrorPages.class.getName() + ".reason";
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    /** Only plain paths are kept for the language switch; anything else links the home page. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9/_.~-]{0,200}");

    private final Templates templates;
    private final ReaderLanguages languages;
    private final ProblemDetails problems;

    ErrorPages(Templates templates, ReaderLanguages languages, ProblemDetails problems) {
        this.templates = templates;
        this.languages = languages;
        this.problems = problems;
    }

    /** The answer to a request that failed, in the language of the request. */
    public ResponseEntity<byte[]> answer(HttpServletRequest request, HttpStatus status, String path, String reasonKey) {
        ReaderLanguage language;
        try {
            language = languages.resolve(request);
        } catch (RuntimeException undecodable) {
            language = languages.resolve(request);
        }
        HttpStatus shown = shown(status);
        boolean api = ProblemDetails.concerns(path);
        byte[] body = api ? problems.render(shown.value(), reasonKey, path, language.tag())
                : render(shown.value(), reasonKey, path, language);
        return ResponseEntity.status(shown)
                .contentType(api ? ProblemDetails.TYPE : HTML)
                .cacheControl(CacheControl.noStore())
                .header("Content-Language", language.tag())
                .body(body);
    }

    /** The page for a status, reason (a message key, or null for the status's own) and requested path. */
    byte[] render(int status, String reasonKey, String path, ReaderLanguage language) {
        String safePath = path != null && PLAIN_PATH.matcher(path).matches() ? path : "/";
        return templates.render(VIEW, Map.of(
                "status", status,
                "reasonKey", reasonKey != null ? reasonKey : "error." + status + ".reason"),
                PageKey.of(safePath, List.of(), language));
    }

    static HttpStatus shown(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, URI_TOO_LONG,
                    REQUEST_HEADER_FIELDS_TOO_LARGE -> status;
            // A method the container does not implement (CONNECT, made-up ones) is a request the site does not take.
            case NOT_IMPLEMENTED -> HttpStatus.METHOD_NOT_ALLOWED;
            default -> status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
