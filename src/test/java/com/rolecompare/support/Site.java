package com.rolecompare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A reader's HTTP client for a running site: real requests, no redirects followed, pages parsed with jsoup. */
public final class Site {

    /** The public address the site under test is configured with: every absolute address in a page starts with it. */
    public static final String PUBLIC_ORIGIN = "https://rolecompare.example";

    private final String origin;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Site(int port) {
        this.origin = "http://127.0.0.1:" + port;
    }

    public String origin() {
        return origin;
    }

    /** GET a path (already encoded as it should go on the wire), with optional header name/value pairs. */
    public Page get(String rawPath, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + rawPath))
                .timeout(Duration.ofMinutes(2)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Page send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.headers().map(),
                    new String(response.body(), StandardCharsets.UTF_8), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response as a reader's browser gets it. */
    public record Page(int status, java.util.Map<String, List<String>> headers, String body, String origin) {

        public Document html() {
            return Jsoup.parse(body, origin);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public List<String> all(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }
    }
}
