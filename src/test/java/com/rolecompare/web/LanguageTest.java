package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

@SiteTest
class LanguageTest extends SiteTestCase {

    @Test
    void firstVisitWithoutPreferenceIsChinese() {
        assertThat(lang(site.get("/"))).isEqualTo("zh-CN");
    }

    @Test
    void firstVisitFollowsAcceptLanguage() {
        assertThat(lang(site.get("/", "Accept-Language", "en-GB,en;q=0.9"))).isEqualTo("en");
        assertThat(lang(site.get("/", "Accept-Language", "fr-FR,en;q=0.5"))).isEqualTo("en");
        assertThat(lang(site.get("/", "Accept-Language", "zh-TW,zh;q=0.9,en;q=0.8"))).isEqualTo("zh-CN");
    }

    @Test
    void unmatchedOrMalformedAcceptLanguageFallsBackToChinese() {
        assertThat(lang(site.get("/", "Accept-Language", "fr-FR,de;q=0.5"))).isEqualTo("zh-CN");
        assertThat(lang(site.get("/", "Accept-Language", ";;;q=abc,"))).isEqualTo("zh-CN");
    }

    @Test
    void explicitChoiceIsRememberedInItsOwnCookie() {
        Site.Page chosen = site.get("/faq?lang=en", "Accept-Language", "zh-CN");

        assertThat(lang(chosen)).isEqualTo("en");
        String cookie = chosen.header("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("lang=en").contains("Path=/", "HttpOnly", "SameSite=Lax");

        Site.Page later = site.get("/", "Cookie", "lang=en", "Accept-Language", "zh-CN");
        assertThat(lang(later)).isEqualTo("en");
        assertThat(later.header("Set-Cookie")).isEmpty();
    }

    @Test
    void unsupportedLanguageParameterIsIgnored() {
        Site.Page page = site.get("/?lang=fr", "Accept-Language", "en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(lang(page)).isEqualTo("en");
        assertThat(page.header("Set-Cookie")).isEmpty();
    }

    @Test
    void forgedCookieIsIgnored() {
        assertThat(lang(site.get("/", "Cookie", "lang=<script>"))).isEqualTo("zh-CN");
    }

    @Test
    void pagesWhoseLanguageDependsOnTheReaderSayWhatTheyVaryOn() {
        assertThat(String.join(",", site.get("/").all("Vary")).toLowerCase()).contains("accept-language", "cookie");
    }

    private static String lang(Site.Page page) {
        return page.html().select("html").attr("lang");
    }
}
