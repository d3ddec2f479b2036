package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.rolecompare.RoleCompareApplication;
import com.rolecompare.support.RawHttp;

/**
 * Generated input at every route and parameter: random Unicode (CJK, emoji, right-to-left, combining marks, NUL and
 * control characters), huge values, many repeated parameters, malformed percent-encoding, odd methods, and odd
 * Accept-Language, Cookie and If-None-Match values. 4 x 2,500 requests; every answer is below 500, names no exception
 * or server, and the page cache never grows past what the valid pages need. The seed is fixed, so a failure replays
 * the same way; jqwik prints it, and keeps failed seeds in target/jqwik-database.
 */
class FuzzTest {

    static final String SEED = "20261128";
    static final int TRIES = 2_500;
    static final List<String> SLUGS = List.of("call-center-agent", "project-manager", "data-analyst");
    static final List<String> VALID_PATHS = List.of("/", "/roles", "/faq", "/roles/call-center-agent",
            "/roles/project-manager", "/roles/data-analyst", "/dimensions/skills",
            "/compare/call-center-agent-vs-project-manager", "/compare/data-analyst-vs-project-manager");
    static final List<String> FORBIDDEN = List.of("Exception", "at com.", "at org.", "at java.", "Whitelabel", "Tomcat",
            "Stacktrace", "stack trace", "Caused by");

    static ConfigurableApplicationContext app;
    static RawHttp raw;
    static PageCache pages;
    static long heldPages;
    static long heldBytes;

    @BeforeContainer
    static void startAndServeEveryValidPage() {
        app = new SpringApplicationBuilder(RoleCompareApplication.class)
                .run("--server.port=0", "--rolecompare.request-log.enabled=false", "--logging.level.root=WARN",
                        "--rolecompare.revision-check-interval=1h");
        raw = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());
        pages = app.getBean(PageCache.class);
        for (String path : VALID_PATHS) {
            for (String lang : List.of("zh-CN", "en")) {
                raw.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                raw.get(path, "Accept-Language: " + lang);
            }
        }
        heldPages = pages.size();
        heldBytes = pages.bytes();
        assertThat(heldPages).isEqualTo(VALID_PATHS.size() * 4L);
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = TRIES, seed = SEED)
    void anyPathOnAnyRoute(@ForAll("paths") String target, @ForAll("readers") List<String> headers) {
        check("GET", target, headers, null);
    }

    @Property(tries = TRIES, seed = SEED)
    void anyQueryOnEveryPage(@ForAll("validPaths") String path, @ForAll("queries") String query,
            @ForAll("readers") List<String> headers) {
        check("GET", path + "?" + query, headers, null);
    }

    @Property(tries = TRIES, seed = SEED)
    void anyMethodWithAnyBody(@ForAll("methods") String method, @ForAll("validPaths") String path,
            @ForAll("bodies") byte[] body) {
        check(method, path, List.of("Content-Type: application/x-www-form-urlencoded"), body);
    }

    @Property(tries = TRIES, seed = SEED)
    void anyReaderHeadersOnEveryPage(@ForAll("validPaths") String path, @ForAll("oddHeaders") List<String> headers) {
        check("GET", path, headers, null);
    }

    private static void check(String method, String target, List<String> headers, byte[] body) {
        RawHttp.Answer answer = raw.send(method, target, headers, body);
        String where = method + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " " + headers;
        assertThat(answer.status()).as(where).isBetween(200, 499);
        for (String forbidden : FORBIDDEN) {
            assertThat(answer.body()).as(where).doesNotContain(forbidden);
        }
        assertThat(answer.header("Content-Security-Policy")).as(where).isNotNull();
        if (answer.status() >= 400 && "text/html;charset=UTF-8".equalsIgnoreCase(String.valueOf(answer.header("Content-Type")))
                && !"HEAD".equals(method)) {
            assertThat(answer.body()).as(where).contains("<html lang=\"");
        }
        assertThat(pages.size()).as("pages held after " + where).isLessThanOrEqualTo(heldPages);
        assertThat(pages.bytes()).as("bytes held after " + where).isLessThanOrEqualTo(heldBytes);
    }

    @Provide
    Arbitrary<String> validPaths() {
        return Arbitraries.of(VALID_PATHS);
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = segment();
        return Arbitraries.oneOf(
                segment.map(s -> "/" + s),
                segment.map(s -> "/roles/" + s),
                segment.map(s -> "/dimensions/" + s),
                segment.map(s -> "/compare/" + s),
                Combinators.combine(Arbitraries.of(SLUGS), segment).as((a, b) -> "/compare/" + a + "-vs-" + b),
                Combinators.combine(segment, Arbitraries.of(SLUGS)).as((a, b) -> "/compare/" + a + "-vs-" + b),
                Combinators.combine(segment, segment).as((a, b) -> "/compare?a=" + a + "&b=" + b),
                segment.map(s -> "/assets/" + s + "/css/site.css"),
                segment.map(s -> "/actuator/" + s),
                segment.map(s -> "/error?" + s),
                Arbitraries.of("/%", "/%%", "/%zz", "/a%2fb", "/%00", "/..%2f..%2fetc%2fpasswd", "/roles/%2e%2e/",
                        "/compare/%c0%ae%c0%ae", "//", "/roles//", "/./faq", "/faq/../roles", "/;jsessionid=x",
                        "/roles;x=y/project-manager", "/compare/-vs-", "/compare/-vs--vs-", "*"));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("dimension", "lang", "a", "b", "q", "page"), segment());
        Arbitrary<String> pair = Combinators.combine(name, segment()).as((n, v) -> n + "=" + v);
        return Arbitraries.oneOf(
                pair.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("&", l)),
                Combinators.combine(pair, Arbitraries.integers().between(25, 2_000)).as((p, n) -> (p + "&").repeat(n)),
                segment().map(s -> "dimension=" + s + "&dimension=" + s),
                Arbitraries.of("dimension=%", "dimension=%F", "lang=%FF%FE", "dimension=%C0%AF", "=&=&", "&&&",
                        "dimension", "lang", "dimension=&lang=", "lang=en-GB", "lang=zh-Hant-TW", "lang=*",
                        "lang=en;q=0.1", "lang=%00", "dimension=skills%00"));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.oneOf(Arbitraries.of("HEAD", "OPTIONS", "POST", "PUT", "DELETE", "TRACE", "PATCH", "CONNECT",
                "PROPFIND", "GET"), Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                text(200).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(4_096),
                Arbitraries.just("dimension=skills&lang=en".getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<List<String>> readers() {
        return Arbitraries.oneOf(Arbitraries.just(List.of()), oddHeaders());
    }

    @Provide
    Arbitrary<List<String>> oddHeaders() {
        Arbitrary<String> acceptLanguage = Arbitraries.oneOf(
                Arbitraries.of("en", "zh", "zh-CN", "zh-TW", "fr", "*", "en;q=0", "zh;q=abc", "en-GB,en;q=0.9,zh;q=0.8",
                        ",,,", ";q=1", "x".repeat(600), "en;q=0.5,".repeat(200)),
                headerText(64));
        Arbitrary<String> cookie = Arbitraries.oneOf(
                Arbitraries.of("lang=en", "lang=zh-CN", "lang=", "lang=xx", "lang=\"en\"", "lang=en; lang=zh-CN",
                        "=;=;", "lang", "a=b; ".repeat(300)),
                headerText(64).map(v -> "lang=" + v));
        Arbitrary<String> ifNoneMatch = Arbitraries.oneOf(
                Arbitraries.of("*", "W/\"x\"", "\"\"", "\"", "W/", "\"a\", W/\"b\", *", "\"x\",".repeat(500)),
                headerText(80).map(v -> "\"" + v + "\""));
        return Combinators.combine(acceptLanguage, cookie, ifNoneMatch, Arbitraries.integers().between(0, 7))
                .as((a, c, i, which) -> {
                    List<String> headers = new ArrayList<>();
                    if ((which & 1) != 0) {
                        headers.add("Accept-Language: " + a);
                    }
                    if ((which & 2) != 0) {
                        headers.add("Cookie: " + c);
                    }
                    if ((which & 4) != 0) {
                        headers.add("If-None-Match: " + i);
                    }
                    return headers;
                });
    }

    /** A path segment or parameter value as it may go on the wire: encoded, malformed, raw or huge. */
    static Arbitrary<String> segment() {
        return Arbitraries.oneOf(
                text(40).map(FuzzTest::encode),
                text(40).map(FuzzTest::encode).map(s -> s + "%"),
                Arbitraries.of("%", "%G1", "%FF", "%C0%AF", "%E4%B8", "%ED%A0%80", "%00", "%0D%0A", "+", "%2F", "%5C",
                        "-vs-", "call-center-agent-vs-", "..", "."),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30),
                Arbitraries.integers().between(1_000, 20_000).map("k"::repeat));
    }

    /** Text a reader could type: CJK, emoji, right-to-left, combining marks, controls and NUL among ASCII. */
    static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u007f')
                .withCharRange('\u4e00', '\u9fff')
                .withCharRange('\u0590', '\u06ff')
                .withCharRange('\u0300', '\u036f')
                .withCharRange('\u200b', '\u202e')
                .withChars('\ud83d', '\ude00', '\ufeff', '\ufffd')
                .ofMaxLength(maxLength);
    }

    /** A header value: Latin-1 only (what HTTP/1.1 carries), with controls other than CR and LF. */
    static Arbitrary<String> headerText(int maxLength) {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('\t', '\u00e9', '\u00ff')
                .ofMaxLength(maxLength);
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
}
