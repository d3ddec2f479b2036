package com.rolecompare.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Our error page for what the container refuses before the application sees it (an encoded slash or NUL in the
 * path, malformed percent-encoding, an over-long request line or header): the status Tomcat chose, our layout, the
 * reader's language from the {@code lang} cookie or {@code Accept-Language}, no stack trace, no server version.
 * At the API's addresses the answer is a problem detail in JSON instead ({@link ProblemDetails}).
 * It replaces Tomcat's own {@link ErrorReportValve} on the host.
 */
class ReaderErrorValve extends ErrorReportValve {

    private final ErrorPages pages;
    private final ReaderLanguages languages;
    private final ProblemDetails problems;

    ReaderErrorValve(ErrorPages pages, ReaderLanguages languages, ProblemDetails problems) {
        this.pages = pages;
        this.languages = languages;
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus shown = ErrorPages.shown(HttpStatus.resolve(status) != null ? HttpStatus.resolve(status)
                : HttpStatus.BAD_REQUEST);
        try {
            String tag = languages.implicit(header(request, HttpHeaders.COOKIE), header(request, HttpHeaders.ACCEPT_LANGUAGE));
            boolean api = ProblemDetails.concerns(requestUri(request));
            byte[] body = api ? problems.render(shown.value(), null, null, tag)
                    : pages.render(shown.value(), null, "/", new ReaderLanguage(tag, false));
            response.setStatus(shown.value());
            SecurityHeaders.apply(response);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, tag);
            response.setContentType(api ? ProblemDetails.TYPE.toString() : "text/html;charset=UTF-8");
            response.setContentLength(body.length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(body);
            }
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            container.getLogger().debug("Could not write the error page", e);
        }
    }

    /** The request's path as sent (perhaps still encoded), or null when it could not be read. */
    private static String requestUri(Request request) {
        try {
            return request.getRequestURI();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String header(Request request, String name) {
        try {
            return request.getHeader(name);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
