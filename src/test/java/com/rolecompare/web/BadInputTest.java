package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** Every bad request gets its status and a page in the reader's language, never a stack trace. */
@SiteTest
class BadInputTest extends SiteTestCase {

    static final String SEED = "/compare/call-center-agent-vs-project-manager";


    @ParameterizedTest(name = "{0} is {1} in {2}")
    @CsvSource({
            "/roles/astronaut, 404, zh-CN, 没有这个岗位",
            "/roles/astronaut, 404, en, There is no such role",
            "/dimensions/salary, 404, zh-CN, 没有这个对比维度",
            "/dimensions/salary, 404, en, There is no such dimension",
            "/compare/call-center-agent-vs-astronaut, 404, en, This comparison does not exist",
            "/compare/nonsense, 404, zh-CN, 这组对比不存在",
            "/no/such/page, 404, en, No page lives at this address",
            "/no/such/page, 404, zh-CN, 这个地址没有对应的页面",
            "/compare/project-manager-vs-project-manager, 400, en, cannot be compared with itself",
            "/compare/project-manager-vs-project-manager, 400, zh-CN, 不能把一个岗位和它自己对比",
            "/compare?a=project-manager&b=project-manager, 400, en, cannot be compared with itself",
            "/compare?a=project-manager, 400, en, Please choose two roles",
            "/compare?a=project-manager&b=astronaut, 404, en, There is no such role",
            SEED + "?dimension=salary, 400, en, names a dimension we do not know",
            SEED + "?dimension=salary, 400, zh-CN, 无法识别的维度",
            SEED + "?dimension=%FF%FE, 400, en, malformed",
            SEED + "?dimension=%E4%B8, 400, zh-CN, 格式有误",
    })
    void answersWithStatusAndAPageInTheReadersLanguage(String path, int status, String lang, String reason) {
        // A query string that is not UTF-8 cannot be read at all, ?lang= included: Accept-Language decides then.
        Site.Page response = site.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, "Accept-Language", lang);

        assertThat(response.status()).isEqualTo(status);
        Document page = response.html();
        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select(".lede").text()).contains(reason);
        assertThat(page.select("a[href=/]")).isNotEmpty();
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(response.body()).doesNotContain("Exception", "at com.", "Whitelabel");
    }

    @Test
    void tenKilobyteFilterValueIsABadRequest() {
        Site.Page response = site.get(SEED + "?dimension=" + "k".repeat(10 * 1024));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.html().select("h1").text()).isNotBlank();
    }

    @Test
    void manyRepeatedValuesAreABadRequest() {
        Site.Page response = site.get(SEED + "?" + "dimension=skills&".repeat(100));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void emptyFilterValueShowsEveryDimension() {
        Site.Page response = site.get(SEED + "?dimension=");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ComparisonPageTest.rowKeys(response.html())).hasSize(6);
    }

    @Test
    void repeatedFilterValueCountsOnce() {
        Site.Page response = site.get(SEED + "?dimension=skills&dimension=skills&dimension=");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ComparisonPageTest.rowKeys(response.html())).containsExactly("skills");
        assertThat(response.html().select("link[rel=canonical]").attr("href")).endsWith(SEED + "?dimension=skills");
    }

    @Test
    void errorPageLanguageSwitchKeepsTheReaderOnTheSamePath() {
        Document page = site.get("/roles/astronaut?lang=zh-CN").html();

        assertThat(page.select(".language-switch a[hreflang=en]").attr("href")).isEqualTo("/roles/astronaut?lang=en");
    }

    @Test
    void wrongMethodIsAnsweredWithoutAStackTrace() {
        Site.Page response = site.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(site.origin() + SEED)).DELETE().build());

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
