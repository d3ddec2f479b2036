package com.rolecompare.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.rolecompare.content.ContentProperties;
import com.rolecompare.content.ContentRevisions;

/**
 * Serves reader pages like static files: a strong ETag from the content revision, the code version and the
 * page key is checked before anything is rendered (304), and each page is rendered and gzipped once per
 * content revision, then served from memory. The memory is bounded by {@link #BUDGET_BYTES}; the least
 * recently used pages go first. With {@code rolecompare.cache-enabled=false} every request renders.
 */
@Component
public class RenderedPages {

    static final long BUDGET_BYTES = 16L * 1024 * 1024;
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    static final String VARY_BY_READER = "Accept-Language, Cookie, Accept-Encoding";

    private record Rendered(byte[] gzip, String etag) {
    }

    private final ContentRevisions revisions;
    private final CodeVersion codeVersion;
    private final ViewResolver views;
    private final PageMetaFactory pageMeta;
    private final boolean enabled;

    static final int MAX_ADDRESSES = 4096;

    private final LongAdder fromMemory = new LongAdder();
    private final Object lock = new Object();
    private final LinkedHashMap<PageKey, Rendered> cache = new LinkedHashMap<>(64, 0.75f, true);
    /** Addresses as readers send them (path, raw query, language) that were served a page: the fast path. */
    private final LinkedHashMap<String, PageKey> addresses = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PageKey> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };
    private long cachedRevision = Long.MIN_VALUE;
    private long cachedBytes;

    RenderedPages(ContentRevisions revisions, CodeVersion codeVersion, ViewResolver thymeleafViewResolver,
            PageMetaFactory pageMeta, ContentProperties properties) {
        this.revisions = revisions;
        this.codeVersion = codeVersion;
        this.views = thymeleafViewResolver;
        this.pageMeta = pageMeta;
        this.enabled = properties.cacheEnabled();
    }

    /**
     * @param key the page's canonical identity (its path and dimensions also feed its canonical links)
     * @param build builds the page's model and view; called only when the page must be rendered
     */
    public ResponseEntity<byte[]> serve(HttpServletRequest request, HttpServletResponse response, PageKey key,
            Supplier<ModelAndView> build) {
        key = key.explicitLanguage(pageMeta.explicitLanguage(request));
        long revision = revisions.current();
        String etag = etag(revision, key);
        boolean gzip = acceptsGzip(request);
        String sentEtag = gzip ? gzipEtag(etag) : etag;
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return headers(ResponseEntity.status(HttpStatus.NOT_MODIFIED), key, sentEtag, gzip).build();
        }
        Rendered page = enabled ? cached(revision, key) : null;
        if (page == null || !page.etag().equals(etag)) {
            page = new Rendered(gzip(render(request, response, key, build.get())), etag);
            if (enabled) {
                store(revision, key, page);
            }
        }
        if (enabled) {
            remember(revision, address(request, key.lang()), key);
        }
        byte[] body = gzip ? page.gzip() : gunzip(page.gzip());
        ResponseEntity.BodyBuilder ok = headers(ResponseEntity.ok(), key, sentEtag, gzip)
                .contentType(HTML)
                .contentLength(body.length);
        if (gzip) {
            ok.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return ok.body(body);
    }

    /**
     * Answers a request for an address already served in this content revision straight from memory,
     * without Spring MVC: same status, headers and bytes as {@link #serve}. False when it cannot.
     *
     * @param lang the reader's language, resolved as {@link ReaderLocaleResolver} would
     * @param explicit whether the language came from {@code ?lang=} (then the page does not vary by reader)
     * @param setCookie a Set-Cookie value that remembers the reader's language choice, or null
     */
    boolean serveFromMemory(HttpServletRequest request, HttpServletResponse response, String lang, boolean explicit,
            String setCookie) throws IOException {
        if (!enabled) {
            return false;
        }
        long revision = revisions.current();
        PageKey key;
        Rendered page;
        synchronized (lock) {
            if (revision != cachedRevision) {
                return false;
            }
            key = addresses.get(address(request, lang));
            page = key == null ? null : cache.get(key);
        }
        if (page == null) {
            return false;
        }
        fromMemory.increment();
        if (setCookie != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, setCookie);
        }
        boolean gzip = acceptsGzip(request);
        response.setHeader(HttpHeaders.ETAG, gzip ? gzipEtag(page.etag()) : page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE.getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, key.lang());
        response.setHeader(HttpHeaders.VARY, explicit ? HttpHeaders.ACCEPT_ENCODING : VARY_BY_READER);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        byte[] body = gzip ? page.gzip() : gunzip(page.gzip());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(HTML.toString());
        response.setContentLength(body.length);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
        return true;
    }

    private static String address(HttpServletRequest request, String lang) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query) + "#" + lang;
    }

    private void remember(long revision, String address, PageKey key) {
        synchronized (lock) {
            if (revision == cachedRevision && cache.containsKey(key)) {
                addresses.put(address, key);
            }
        }
    }

    private ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder builder, PageKey key, String etag,
            boolean gzip) {
        return builder.eTag(etag)
                .cacheControl(REVALIDATE)
                .header(HttpHeaders.CONTENT_LANGUAGE, key.lang())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    private String etag(long revision, PageKey key) {
        int hash = key.hashCode();
        return "\"" + codeVersion.value() + "-" + revision + "-" + Integer.toHexString(hash) + "\"";
    }

    private static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** If-None-Match may list several tags, weak or strong, gzip or not: any equal tag means unchanged. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty() || ifNoneMatch.length() > 4096) {
            return false;
        }
        String bare = etag.substring(1, etag.length() - 1);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag) || tag.equals("\"" + bare + "-gz\"")) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip") && !accept.contains("gzip;q=0");
    }

    private Rendered cached(long revision, PageKey key) {
        synchronized (lock) {
            return revision == cachedRevision ? cache.get(key) : null;
        }
    }

    private void store(long revision, PageKey key, Rendered page) {
        synchronized (lock) {
            if (revision != cachedRevision) {
                cache.clear();
                addresses.clear();
                cachedBytes = 0;
                cachedRevision = revision;
            }
            Rendered previous = cache.put(key, page);
            cachedBytes += size(key, page) - (previous == null ? 0 : size(key, previous));
            var oldest = cache.entrySet().iterator();
            while (cachedBytes > BUDGET_BYTES && oldest.hasNext()) {
                Map.Entry<PageKey, Rendered> evicted = oldest.next();
                cachedBytes -= size(evicted.getKey(), evicted.getValue());
                oldest.remove();
            }
        }
    }

    private static long size(PageKey key, Rendered page) {
        return page.gzip().length + key.weight() + 64;
    }

    /** How many pages are held, for tests and diagnostics. */
    int size() {
        synchronized (lock) {
            return cache.size();
        }
    }

    /** How many requests were answered from memory, for tests and diagnostics. */
    long servedFromMemory() {
        return fromMemory.sum();
    }

    /** How many reader addresses lead to a held page, for tests and diagnostics. */
    int addresses() {
        synchronized (lock) {
            return addresses.size();
        }
    }

    private byte[] render(HttpServletRequest request, HttpServletResponse response, PageKey key, ModelAndView mav) {
        mav.addObject("page", pageMeta.build(request, key.path(), key.dimensions()));
        try {
            Locale locale = RequestContextUtils.getLocale(request);
            View view = views.resolveViewName(mav.getViewName(), locale);
            if (view == null) {
                throw new IllegalStateException("No view named " + mav.getViewName());
            }
            ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
            view.render(mav.getModelMap(), request, capture);
            return capture.getContentAsByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Rendering " + mav.getViewName() + " failed", e);
        }
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
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
