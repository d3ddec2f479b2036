package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.rolecompare.RoleCompareApplication;
import com.rolecompare.support.RawHttp;

/**
 * Generated input at every route and parameter: random Unicode (CJK, emoji, right-to-left, combining marks, NUL and
 * control characters), huge values, many repeated parameters, malformed percent-encoding, odd methods and bodies,
 * and odd Accept-Language, Cookie and If-None-Match values: 4 x 2,500 requests. Every answer is below 500, names no
 * exception or server, and the page cache never grows past what the valid pages need. No answer at an API address
 * ({@code /api/}) is HTML: its errors are problem details.
 * <p>
 * The generators are seeded: a run is the same run every time, and a failure names its seed and request number, so
 * it replays exactly; {@code -Drolecompare.fuzz.seed=...} tries other input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTest {

    static final long SEED = Long.getLong("rolecompare.fuzz.seed", 20261128L);
    static final int TRIES = 2_500;
    static final List<String> SLUGS = List.of("call-center-agent", "project-manager", "data-analyst");
    static final List<String> VALID_PATHS = List.of("/", "/roles", "/faq", "/metrics", "/roles/call-center-agent",
            "/roles/project-manager", "/roles/data-analyst", "/dimensions/skills", "/metrics/average-handle-time",
            "/compare/call-center-agent-vs-project-manager", "/compare/data-analyst-vs-project-manager",
            "/api/v1/roles", "/api/v1/roles/call-center-agent", "/api/v1/dimensions", "/api/v1/faq", "/api/v1/metrics",
            "/api/v1/metrics/average-handle-time", "/api/v1/comparisons/call-center-agent-vs-project-manager",
            "/api/v1/comparisons/data-analyst-vs-project-manager.csv", "/search", "/search/suggest");
    /** Answers made for each request and never kept (the API's, the search's): they must not grow the page cache. */
    static final List<String> UNCACHED_PATHS = List.of("/search", "/search/suggest");
    static final long PAGE_PATHS = VALID_PATHS.stream()
            .filter(path -> !path.startsWith("/api/") && !UNCACHED_PATHS.contains(path)).count();
    /** A request line longer than this is refused by Tomcat before the path is read: it cannot be told to be the API's. */
    static final int READABLE_REQUEST_LINE = 16_000;
    static final List<String> FORBIDDEN = List.of("Exception", "at com.", "at org.", "at java.", "Whitelabel", "Tomcat",
            "Stacktrace", "stack trace", "Caused by");
    static final List<String> MALFORMED = List.of("%", "%G1", "%FF", "%C0%AF", "%E4%B8", "%ED%A0%80", "%00", "%0D%0A",
            "+", "%2F", "%5C", "-vs-", "call-center-agent-vs-", "..", ".");
    static final List<String> ODD_PATHS = List.of("/%", "/%%", "/%zz", "/a%2fb", "/%00", "/..%2f..%2fetc%2fpasswd",
            "/roles/%2e%2e/", "/compare/%c0%ae%c0%ae", "//", "/roles//", "/./faq", "/faq/../roles", "/;jsessionid=x",
            "/roles;x=y/project-manager", "/compare/-vs-", "/compare/-vs--vs-", "*", "/;%");
    static final List<String> ODD_QUERIES = List.of("dimension=%", "dimension=%F", "lang=%FF%FE", "dimension=%C0%AF",
            "=&=&", "&&&", "dimension", "lang", "dimension=&lang=", "lang=en-GB", "lang=zh-Hant-TW", "lang=*",
            "lang=en;q=0.1", "lang=%00", "dimension=skills%00", "a=1e308&b=1", "a=-1&b=0", "a=NaN&b=Infinity");
    static final List<String> METHODS = List.of("HEAD", "OPTIONS", "POST", "PUT", "DELETE", "TRACE", "PATCH", "CONNECT",
            "PROPFIND", "GET");

    ConfigurableApplicationContext app;
    RawHttp raw;
    PageCache pages;
    long heldPages;
    long heldBytes;

    @BeforeAll
    void startAndServeEveryValidPage() {
        app = new SpringApplicationBuilder(RoleCompareApplication.class)
                .run("--server.port=0", "--rolecompare.request-log.enabled=false", "--logging.level.root=WARN",
                        "--rolecompare.revision-check-interval=1h");
        raw = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());
        pages = app.getBean(PageCache.class);
        for (String path : VALID_PATHS) {
            for (String lang : List.of("zh-CN", "en")) {
                raw.get(path + "?lang=" + lang);
                raw.get(path, "Accept-Language: " + lang);
            }
        }
        heldPages = pages.size();
        heldBytes = pages.bytes();
        assertThat(heldPages).isEqualTo(PAGE_PATHS * 4L);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anyPathOnAnyRoute() {
        run(1, random -> new Request("GET", path(random), readers(random), null));
    }

    @Test
    void anyQueryOnEveryPage() {
        run(2, random -> new Request("GET", pick(random, VALID_PATHS) + "?" + query(random), readers(random), null));
    }

    @Test
    void anyMethodWithAnyBody() {
        run(3, random -> new Request(method(random), pick(random, VALID_PATHS),
                List.of("Content-Type: application/x-www-form-urlencoded"), body(random)));
    }

    @Test
    void anyReaderHeadersOnEveryPage() {
        run(4, random -> new Request("GET", pick(random, VALID_PATHS), oddHeaders(random), null));
    }

    record Request(String method, String target, List<String> headers, byte[] body) {

        @Override
        public String toString() {
            return method + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " " + headers;
        }
    }

    interface Generator {
        Request next(Random random);
    }

    private void run(int property, Generator generator) {
        Random random = new Random(SEED * 31 + property);
        for (int i = 0; i < TRIES; i++) {
            Request request = generator.next(random);
            String where = "seed " + SEED + ", property " + property + ", request " + i + ": " + request;
            RawHttp.Answer answer = raw.send(request.method(), request.target(), request.headers(), request.body());
            assertThat(answer.status()).as(where).isBetween(200, 499);
            for (String forbidden : FORBIDDEN) {
                assertThat(answer.body()).as(where).doesNotContain(forbidden);
            }
            assertThat(answer.header("Content-Security-Policy")).as(where).isNotNull();
            if (request.target().startsWith("/api/") && request.target().length() < READABLE_REQUEST_LINE) {
                assertThat(String.valueOf(answer.header("Content-Type"))).as("an API answer: " + where)
                        .doesNotContain("html");
                if (answer.status() >= 400) {
                    assertThat(answer.header("Content-Type")).as(where).startsWith("application/problem+json");
                }
            }
            if (answer.status() >= 400 && "text/html;charset=UTF-8".equalsIgnoreCase(String.valueOf(answer.header("Content-Type")))
                    && !"HEAD".equals(request.method())) {
                assertThat(answer.body()).as(where).contains("<html lang=\"");
            }
            assertThat(pages.size()).as("pages held after " + where).isLessThanOrEqualTo(heldPages);
            assertThat(pages.bytes()).as("bytes held after " + where).isLessThanOrEqualTo(heldBytes);
        }
    }

    static String path(Random random) {
        Supplier<String> segment = () -> segment(random);
        return switch (random.nextInt(18)) {
            case 0 -> "/" + segment.get();
            case 1 -> "/roles/" + segment.get();
            case 2 -> "/dimensions/" + segment.get();
            case 3 -> "/compare/" + segment.get();
            case 4 -> "/compare/" + pick(random, SLUGS) + "-vs-" + segment.get();
            case 5 -> "/compare/" + segment.get() + "-vs-" + pick(random, SLUGS);
            case 6 -> "/compare?a=" + segment.get() + "&b=" + segment.get();
            case 7 -> "/assets/" + segment.get() + "/css/site.css";
            case 8 -> "/actuator/" + segment.get();
            case 9 -> "/metrics/" + segment.get() + "?a=" + segment.get() + "&b=" + segment.get();
            case 10 -> "/error?" + segment.get();
            case 11 -> "/api/v1/roles/" + segment.get();
            case 12 -> "/api/v1/comparisons/" + pick(random, SLUGS) + "-vs-" + segment.get()
                    + (random.nextBoolean() ? ".csv" : "") + "?dimension=" + segment.get();
            case 13 -> "/api/v1/metrics/" + segment.get();
            case 14 -> "/api/v1/" + segment.get() + "?lang=" + segment.get();
            case 15 -> "/search?q=" + segment.get() + (random.nextBoolean() ? "&q=" + segment.get() : "");
            case 16 -> "/search/suggest?q=" + segment.get();
            default -> pick(random, ODD_PATHS);
        };
    }

    static String query(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 1 + random.nextInt(12); i > 0; i--) {
                    String name = random.nextBoolean()
                            ? pick(random, List.of("dimension", "lang", "a", "b", "c", "d", "q", "page")) : segment(random);
                    pairs.add(name + "=" + segment(random));
                }
                yield String.join("&", pairs);
            }
            case 1 -> (pick(random, List.of("dimension", "lang", "a", "q")) + "=" + segment(random) + "&").repeat(25 + random.nextInt(2_000));
            case 2 -> {
                String value = segment(random);
                yield "dimension=" + value + "&dimension=" + value;
            }
            default -> pick(random, ODD_QUERIES);
        };
    }

    static String method(Random random) {
        if (random.nextInt(4) == 0) {
            StringBuilder made = new StringBuilder();
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
                made.append((char) ('A' + random.nextInt(26)));
            }
            return made.toString();
        }
        return pick(random, METHODS);
    }

    static byte[] body(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> text(random, 200).getBytes(StandardCharsets.UTF_8);
            case 1 -> {
                byte[] bytes = new byte[random.nextInt(4_097)];
                random.nextBytes(bytes);
                yield bytes;
            }
            default -> "dimension=skills&lang=en".getBytes(StandardCharsets.UTF_8);
        };
    }

    static List<String> readers(Random random) {
        return random.nextBoolean() ? List.of() : oddHeaders(random);
    }

    static List<String> oddHeaders(Random random) {
        List<String> headers = new ArrayList<>();
        int which = random.nextInt(8);
        if ((which & 1) != 0) {
            headers.add("Accept-Language: " + (random.nextBoolean() ? pick(random, List.of("en", "zh", "zh-CN", "zh-TW",
                    "fr", "*", "en;q=0", "zh;q=abc", "en-GB,en;q=0.9,zh;q=0.8", ",,,", ";q=1", "x".repeat(600),
                    "en;q=0.5,".repeat(200))) : headerText(random, 64)));
        }
        if ((which & 2) != 0) {
            headers.add("Cookie: " + (random.nextBoolean() ? pick(random, List.of("lang=en", "lang=zh-CN", "lang=",
                    "lang=xx", "lang=\"en\"", "lang=en; lang=zh-CN", "=;=;", "lang", "a=b; ".repeat(300)))
                    : "lang=" + headerText(random, 64)));
        }
        if ((which & 4) != 0) {
            headers.add("If-None-Match: " + (random.nextBoolean() ? pick(random, List.of("*", "W/\"x\"", "\"\"", "\"",
                    "W/", "\"a\", W/\"b\", *", "\"x\",".repeat(500))) : "\"" + headerText(random, 80) + "\""));
        }
        return headers;
    }

    /** A path segment or parameter value as it may go on the wire: encoded, malformed, raw or huge. */
    static String segment(Random random) {
        return switch (random.nextInt(9)) {
            case 0, 1 -> encode(text(random, 40));
            case 2 -> encode(text(random, 40)) + "%";
            case 3, 4 -> pick(random, MALFORMED);
            case 5, 6, 7 -> {
                StringBuilder word = new StringBuilder();
                for (int i = 1 + random.nextInt(30); i > 0; i--) {
                    word.append((char) ('a' + random.nextInt(26)));
                }
                yield word.toString();
            }
            default -> "k".repeat(1_000 + random.nextInt(19_000));
        };
    }

    /** Text a reader could type: CJK, emoji, right-to-left, combining marks, controls and NUL among ASCII. */
    static String text(Random random, int maxLength) {
        char[][] ranges = {{'\u0000', '\u007f'}, {'\u4e00', '\u9fff'}, {'\u0590', '\u06ff'}, {'\u0300', '\u036f'},
                {'\u200b', '\u202e'}, {'\ufeff', '\ufeff'}, {'\ufffd', '\ufffd'}};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            if (random.nextInt(20) == 0) {
                text.append("\ud83d\ude00"); // an emoji: a surrogate pair
                continue;
            }
            char[] range = ranges[random.nextInt(ranges.length)];
            text.append((char) (range[0] + random.nextInt(range[1] - range[0] + 1)));
        }
        return text.toString();
    }

    /** A header value: what HTTP/1.1 carries (Latin-1), tabs and odd letters, never CR or LF. */
    static String headerText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            int kind = random.nextInt(20);
            text.append(kind == 0 ? '\t' : kind == 1 ? '\u00e9' : kind == 2 ? '\u00ff' : (char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "%?#&=/\\ \"<>`{}|^[]".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
