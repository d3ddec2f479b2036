package com.rolecompare.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.rolecompare.content.ContentProperties;
import com.rolecompare.content.ContentRevisions;

/**
 * Pages served like static files. A page is rendered and gzipped once per content revision and kept in memory
 * within a byte budget (least recently used first out); its strong ETag (a digest of the code version, the
 * revision and the page key) is checked before anything is built. Both ways in, the ordinary one
 * ({@link #serve}) and the fast path before Spring MVC ({@link #serveFromMemory}), write the answer the same way:
 * 304, gzip or identity. With {@code rolecompare.cache-enabled=false} every request renders.
 */
@Component
public class PageCache {

    static final long BUDGET_BYTES = 16L * 1024 * 1024;
    private static final String CACHE_CONTROL = CacheControl.noCache().cachePublic().getHeaderValue();
    private static final String HTML = "text/html;charset=UTF-8";

    private record Entry(long revision, String etag, byte[] gzip) {
    }

    private final Cache<PageKey, Entry> pages;
    private final LongAdder fromMemory = new LongAdder();
    private final ContentRevisions revisions;
    private final Fingerprints fingerprints;
    private final boolean enabled;

    PageCache(ContentRevisions revisions, Fingerprints fingerprints, ContentProperties properties) {
        this.revisions = revisions;
        this.fingerprints = fingerprints;
        this.enabled = properties.cacheEnabled();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(BUDGET_BYTES)
                .weigher((PageKey key, Entry entry) -> (int) Math.min(Integer.MAX_VALUE, entry.gzip().length + key.weight()))
                .build();
    }

    /** Answers with the page of this key: 304 if the reader has it, from memory if held, else rendered now. */
    public void serve(HttpServletRequest request, HttpServletResponse response, PageKey key, Supplier<byte[]> render) {
        long revision = revisions.current();
        String etag = etag(key, revision);
        headers(response, key);
        if (notModified(request, response, etag)) {
            return;
        }
        Entry entry = held(key, revision);
        if (entry == null) {
            entry = new Entry(revision, etag, gzip(render.get()));
            if (enabled) {
                pages.put(key, entry);
            }
        }
        body(request, response, entry, HttpServletResponse.SC_OK);
    }

    /** Answers with a page made for this request only: same headers, no ETag, never kept. */
    public void serveOnce(HttpServletRequest request, HttpServletResponse response, PageKey key, int status, byte[] html) {
        headers(response, key);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        body(request, response, new Entry(-1, null, gzip(html)), status);
    }

    /**
     * Answers with data of another type than a page (the API's JSON, a CSV file) the way pages are answered: the same
     * ETag (304 before anything is built), headers and gzip. It is never kept: a full answer builds it again.
     */
    public void serveData(HttpServletRequest request, HttpServletResponse response, PageKey key, String contentType,
            Supplier<byte[]> build) {
        String etag = etag(key, revisions.current());
        headers(response, key);
        if (notModified(request, response, etag)) {
            return;
        }
        byte[] plain = build.get();
        boolean gzip = acceptsGzip(request);
        write(request, response, HttpServletResponse.SC_OK, contentType, gzip ? gzip(plain) : plain, gzip);
    }

    /**
     * Answers a request whose address is in canonical form and whose page is held for the current revision,
     * without Spring MVC. False when it cannot; the ordinary path then answers.
     */
    boolean serveFromMemory(HttpServletRequest request, HttpServletResponse response, ReaderLanguage language) {
        if (!enabled) {
            return false;
        }
        PageKey key = PageKey.ofCanonicalAddress(request.getRequestURI(), request.getQueryString(), language);
        Entry entry = key == null ? null : held(key, revisions.current());
        if (entry == null) {
            return false;
        }
        fromMemory.increment();
        headers(response, key);
        if (!notModified(request, response, entry.etag())) {
            body(request, response, entry, HttpServletResponse.SC_OK);
        }
        return true;
    }

    private String etag(PageKey key, long revision) {
        return "\"" + key.digest(fingerprints.codeVersion(), revision) + "\"";
    }

    private Entry held(PageKey key, long revision) {
        Entry entry = enabled ? pages.getIfPresent(key) : null;
        return entry != null && entry.revision() == revision ? entry : null;
    }

    private static void headers(HttpServletResponse response, PageKey key) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, key.lang());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /** Sets the ETag of the representation this reader gets; true (and 304) when the reader already has it. */
    private static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag) {
        String sent = acceptsGzip(request) ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.length() > 2048) {
            response.setHeader(HttpHeaders.ETAG, sent); // too long to be ours: answer in full
            return false;
        }
        return new ServletWebRequest(request, response).checkNotModified(sent);
    }

    private static void body(HttpServletRequest request, HttpServletResponse response, Entry entry, int status) {
        boolean gzip = acceptsGzip(request);
        write(request, response, status, HTML, gzip ? entry.gzip() : gunzip(entry.gzip()), gzip);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String contentType,
            byte[] body, boolean gzip) {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (!"HEAD".equals(request.getMethod())) {
            try {
                response.getOutputStream().write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip") && !accept.contains("gzip;q=0");
    }

    /** How many pages are held, for tests and diagnostics. */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** How many answers the fast path gave, for tests and diagnostics. */
    long servedFromMemory() {
        return fromMemory.sum();
    }

    /** The bytes held, for tests and diagnostics. */
    long bytes() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
