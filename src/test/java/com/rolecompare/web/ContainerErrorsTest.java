package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolecompare.support.RawHttp;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/**
 * What Tomcat refuses before the application sees it still gets our page: the status Tomcat chose, our layout, the
 * reader's language, a link home, no stack trace and no server version.
 */
@SiteTest
class ContainerErrorsTest extends SiteTestCase {

    static final String LONG = "a".repeat(20_000);

    /** An over-long request line stops Tomcat before it reads the headers: the language cannot be told then. */
    @ParameterizedTest
    @CsvSource({
            "/compare/%00-vs-x, Accept-Language: en, en, 400",
            "/compare/%00-vs-x, Accept-Language: zh-CN, zh-CN, 400",
            "/compare/a%2fb-vs-x, Cookie: lang=en, en, 400",
            "/%, Accept-Language: en-GB, en, 400",
            "/%zz, Accept-Language: fr, zh-CN, 400",
            "/compare/%c0%ae%c0%ae/x, Accept-Language: en, en, 400",
            "LONG, Accept-Language: en, zh-CN, 400",
    })
    void answersWithOurPageInTheReadersLanguage(String target, String header, String lang, int status) {
        RawHttp.Answer answer = new RawHttp(port).get("LONG".equals(target) ? "/" + LONG : target, header);

        assertThat(answer.status()).isEqualTo(status);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select("a[href=/]")).isNotEmpty();
        assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/assets/");
        assertThat(page.select("h1").text()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Tomcat", "Exception", "HTTP Status");
        assertThat(answer.header("Content-Type")).startsWith("text/html");
    }

    @ParameterizedTest
    @CsvSource({"Accept-Language: en, en", "Accept-Language: zh, zh-CN"})
    void anOversizedHeaderGetsOurPage(String language, String lang) {
        RawHttp.Answer answer = new RawHttp(port).get("/", language, "X-Padding: " + LONG);

        assertThat(answer.status()).isBetween(400, 499);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(answer.body()).doesNotContain("Tomcat", "Exception");
    }
}
