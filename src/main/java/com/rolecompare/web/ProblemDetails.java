package com.rolecompare.web;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors at the API's addresses (under {@code /api/}) as RFC 9457 problem details instead of the error page:
 * {@code application/problem+json} with the status the page would have, a title and a detail in the reader's language
 * from the bundles ({@code api.problem.*}, {@code api.error.*}), the path as {@code instance}, and a stable
 * {@code code} naming the reason when there is one (such as {@code notFound.role}). Never a stack trace.
 */
@Component
public class ProblemDetails {

    /** Every address under this prefix is the API's: its errors are problem details, never HTML. */
    public static final String API_PREFIX = "/api/";
    public static final MediaType TYPE = MediaType.APPLICATION_PROBLEM_JSON;
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9/_.~-]{0,200}");

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemDetails(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    /** Whether errors at this path (decoded, within the application) are answered with problem details. */
    public static boolean concerns(String path) {
        return path != null && (path.equals("/api") || path.startsWith(API_PREFIX));
    }

    /**
     * The problem as JSON.
     *
     * @param reasonKey the page's reason (a message key such as {@code error.notFound.role}), or null for the status's
     * @param path the requested path, shown as {@code instance} when it is a plain path; may be null
     */
    byte[] render(int status, String reasonKey, String path, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(message("api.problem." + status, locale));
        problem.setDetail(detail(status, reasonKey, locale));
        if (path != null && PLAIN_PATH.matcher(path).matches()) {
            problem.setInstance(URI.create(path));
        }
        if (reasonKey != null) {
            problem.setProperty("code", reasonKey.startsWith("error.") ? reasonKey.substring(6) : reasonKey);
        }
        return json.writeValueAsBytes(problem);
    }

    /** The API's own wording of a reason if it has one, else the page's, else the status's. */
    private String detail(int status, String reasonKey, Locale locale) {
        String detail = null;
        if (reasonKey != null) {
            detail = message("api." + reasonKey, locale);
            if (detail == null) {
                detail = message(reasonKey, locale);
            }
        }
        return detail != null ? detail : message("api.error." + status + ".reason", locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
