package com.rolecompare.api;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.rolecompare.web.PageCache;
import com.rolecompare.web.PageKey;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serves what API controllers return the way pages are served ({@link PageCache#serveData}): a strong ETag from the
 * code version, the content revision and the answer's key, 304 before the body is built, {@code no-cache}, the same
 * {@code Vary}, gzip when the client takes it. API answers are not kept in the page cache.
 */
class ApiAnswerHandler implements HandlerMethodReturnValueHandler {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    /** RFC 4180's type; {@code header=present} says the first line names the columns. */
    static final String CSV = "text/csv;charset=UTF-8;header=present";
    /** Spreadsheet programs read a file that starts with it as UTF-8, so Chinese shows as written. */
    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PageCache pages;
    private final JsonMapper json;

    ApiAnswerHandler(PageCache pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        Class<?> type = returnType.getParameterType();
        return ApiAnswer.class.isAssignableFrom(type) || CsvDownload.class.isAssignableFrom(type);
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer container,
            NativeWebRequest webRequest) {
        container.setRequestHandled(true);
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        if (returnValue instanceof ApiAnswer<?> answer) {
            if (answer.moved()) {
                moved(response, answer.key());
            } else {
                pages.serveData(request, response, answer.key(), JSON, () -> json.writeValueAsBytes(answer.body().get()));
            }
        } else if (returnValue instanceof CsvDownload download) {
            if (download.moved()) {
                moved(response, download.key());
            } else {
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString());
                pages.serveData(request, response, download.key(), CSV, () -> withByteOrderMark(download.csv().get()));
            }
        }
    }

    /** A relative redirect, as the pages' own: nothing in it comes from the request's host. */
    private static void moved(HttpServletResponse response, PageKey canonical) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(HttpHeaders.LOCATION, canonical.href());
    }

    private static byte[] withByteOrderMark(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[BYTE_ORDER_MARK.length + body.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, marked, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(body, 0, marked, BYTE_ORDER_MARK.length, body.length);
        return marked;
    }
}
