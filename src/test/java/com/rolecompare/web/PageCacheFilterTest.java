package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;

/** A page served from memory is the same page, with the same headers, as the one Spring MVC served. */
@SiteTest
class PageCacheFilterTest {

    @LocalServerPort
    int port;
    @Autowired
    PageCache pages;
    Site site;

    @BeforeEach
    void site() {
        site = new Site(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/compare/call-center-agent-vs-project-manager?dimension=skills&dimension=kpis&lang=en",
            "/compare/call-center-agent-vs-project-manager", "/faq?lang=zh-CN", "/", "/roles/project-manager",
            "/dimensions/kpis?lang=en"})
    void fromMemoryIsTheSameAsRendered(String path) {
        String[] reader = {"Accept-Language", "en-US,en;q=0.8", "Cookie", "lang=" + (path.contains("lang=zh-CN") ? "zh-CN" : "en")};
        Site.Page rendered = site.get(path, reader);
        long before = pages.servedFromMemory();
        Site.Page fromMemory = site.get(path, reader);

        assertThat(rendered.status()).isEqualTo(200);
        assertThat(pages.servedFromMemory()).as("the second answer came from memory").isEqualTo(before + 1);
        assertThat(fromMemory.status()).isEqualTo(200);
        assertThat(fromMemory.body()).isEqualTo(rendered.body());
        for (String header : List.of("ETag", "Content-Type", "Content-Language", "Cache-Control", "Content-Length")) {
            assertThat(fromMemory.header(header)).as(header).isEqualTo(rendered.header(header));
        }
        assertThat(vary(fromMemory)).isEqualTo(vary(rendered));
    }

    @Test
    void conditionalRequestFromMemoryIs304() {
        String path = "/compare/call-center-agent-vs-project-manager?lang=en";
        String etag = site.get(path, "Cookie", "lang=en").header("ETag").orElseThrow();

        Site.Page again = site.get(path, "Cookie", "lang=en", "If-None-Match", etag);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aNewLanguageChoiceStillSetsItsCookie() {
        String path = "/faq?lang=en";
        site.get(path, "Cookie", "lang=en");

        long before = pages.servedFromMemory();
        Site.Page switched = site.get(path, "Cookie", "lang=zh-CN");

        assertThat(pages.servedFromMemory()).isEqualTo(before + 1);
        assertThat(switched.header("Set-Cookie")).isEqualTo(site.get(path).header("Set-Cookie"));
        assertThat(switched.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("lang=en"));
        assertThat(switched.html().select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theSameAddressInAnotherLanguageIsAnotherPage() {
        site.get("/faq", "Accept-Language", "en");

        Site.Page chinese = site.get("/faq", "Accept-Language", "zh-CN");

        assertThat(chinese.html().select("html").attr("lang")).isEqualTo("zh-CN");
    }

    private static Set<String> vary(Site.Page page) {
        return page.all("Vary").stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
