package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.rolecompare.RoleCompareApplication;
import com.rolecompare.support.RawHttp;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/**
 * Every absolute address in an answer comes from rolecompare.public-url: a forged Host, X-Forwarded-* or
 * Forwarded header changes nothing, neither in the answer to the forged request nor in what later readers get
 * from the page cache.
 */
@SiteTest
class PublicOriginTest extends SiteTestCase {

    static final String EVIL = "evil.example";
    static final List<String> PAGES = List.of("/", "/?lang=en", "/faq", "/roles/project-manager?lang=en",
            "/compare/call-center-agent-vs-project-manager", "/compare/call-center-agent-vs-project-manager?dimension=skills",
            "/dimensions/skills?lang=zh-CN", "/compare/project-manager-vs-call-center-agent?lang=en", "/roles/astronaut",
            "/compare?a=project-manager&b=call-center-agent");
    static final List<List<String>> FORGERIES = List.of(
            List.of("Host: " + EVIL),
            List.of("Host: " + EVIL + ":8443", "X-Forwarded-Host: " + EVIL, "X-Forwarded-Proto: https",
                    "X-Forwarded-Port: 8443", "X-Forwarded-Prefix: /evil"),
            List.of("Forwarded: for=1.2.3.4;host=" + EVIL + ";proto=https"));

    @Test
    void forgedHostHeadersReachNoAnswerAndNoLaterReader() {
        RawHttp raw = new RawHttp(port);
        for (List<String> forged : FORGERIES) {
            for (String path : PAGES) {
                RawHttp.Answer answer = raw.send("GET", path, forged, null);
                assertThat(answer.status()).as("%s with %s", path, forged).isLessThan(500);
                assertThat(answer.headers().toString() + answer.body()).as("%s with %s", path, forged)
                        .doesNotContain(EVIL).doesNotContain("/evil");
            }
        }
        for (String path : PAGES) {
            Site.Page later = site.get(path);
            assertThat(later.headers().toString() + later.body()).as(path).doesNotContain(EVIL);
        }
        assertThat(site.get("/roles/project-manager?lang=en").html().select("link[rel=canonical]").attr("href"))
                .isEqualTo(Site.PUBLIC_ORIGIN + "/roles/project-manager?lang=en");
    }

    @Test
    void redirectsAreRelativeSoTheyNameNoHost() {
        RawHttp.Answer reversed = new RawHttp(port).send("GET",
                "/compare/project-manager-vs-call-center-agent?dimension=skills&lang=en", List.of("Host: " + EVIL), null);

        assertThat(reversed.status()).isEqualTo(301);
        assertThat(reversed.header("Location"))
                .isEqualTo("/compare/call-center-agent-vs-project-manager?dimension=skills&lang=en");
    }

    @Test
    void twoInstancesOfTheSameBuildServeByteIdenticalPages() {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(RoleCompareApplication.class)
                .run("--server.port=0", "--rolecompare.public-url=" + Site.PUBLIC_ORIGIN,
                        "--rolecompare.request-log.enabled=false")) {
            Site second = new Site(((WebServerApplicationContext) other).getWebServer().getPort());
            for (String path : List.of("/?lang=en", "/faq?lang=zh-CN", "/roles/call-center-agent?lang=en",
                    "/compare/call-center-agent-vs-project-manager?dimension=kpis&lang=zh-CN", "/dimensions/skills")) {
                Site.Page mine = site.get(path, "Accept-Language", "en");
                Site.Page theirs = second.get(path, "Accept-Language", "en");
                assertThat(theirs.status()).as(path).isEqualTo(200);
                assertThat(theirs.body()).as(path).isEqualTo(mine.body());
                assertThat(theirs.header("ETag")).as(path).isEqualTo(mine.header("ETag"));
            }
        }
    }
}
