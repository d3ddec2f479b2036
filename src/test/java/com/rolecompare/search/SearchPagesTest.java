package com.rolecompare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** The search page and the box in every header: bounded, escaped, never kept, in the reader's language. */
@SiteTest
class SearchPagesTest extends SiteTestCase {

    @Autowired
    SearchIndex index;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void indexBuilt() {
        index.current();
    }

    /** Raw query strings as they go on the wire, and whether the page must say there is nothing to search for. */
    static final List<String[]> BAD = List.of(
            new String[] {"q=", "nothing"},
            new String[] {"q=%20%20%20", "nothing"},
            new String[] {"q=!!!%3F%3F%E3%80%82%E2%80%A6", "nothing"},
            new String[] {"q=%01%02%03%1B%7F", "nothing"},
            new String[] {"q=%E2%80%8B%E2%80%AE", "nothing"},
            new String[] {"q=title%3A*", "results"},
            new String[] {"q=%22unclosed", "results"},
            new String[] {"q=a+AND+OR", "results"},
            new String[] {"q=*%3A*", "nothing"},
            new String[] {"q=%2B-%26%26%7C%7C!()%7B%7D%5B%5D%5E%22~*%3F%3A%5C%2F", "nothing"},
            new String[] {"q=manager~2+proj*+%22project+manager%22~5+role%5E10", "results"},
            new String[] {"q=" + "k".repeat(10_240), "results"},
            new String[] {"q=" + "manager+".repeat(1_000), "results"},
            new String[] {"q=" + "%E5%AE%A2%E6%9C%8D".repeat(500), "results"},
            new String[] {"q=scrum&q=%E5%9D%90%E5%B8%AD", "results"});

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void badQueriesGetAClearPageNeverAnError(String lang) {
        for (String[] bad : BAD) {
            Site.Page response = site.get("/search?" + bad[0] + "&lang=" + lang);
            String where = bad[0].length() > 80 ? bad[0].substring(0, 80) + "…" : bad[0];

            assertThat(response.status()).as(where).isEqualTo(200);
            Document page = response.html();
            assertThat(page.select("html").attr("lang")).as(where).isEqualTo(lang);
            assertThat(page.select("h1").text()).as(where).isEqualTo(message("search.heading", lang));
            if (bad[1].equals("nothing")) {
                assertThat(page.select(".search-nothing").text()).as(where).isEqualTo(message("search.nothing", lang));
                assertThat(page.select(".search-hit")).as(where).isEmpty();
            } else {
                assertThat(page.select(".search-nothing")).as(where).isEmpty();
                assertThat(page.select(".search-summary")).as(where).hasSize(1);
            }
        }
    }

    @Test
    void longQueriesAreCutBeforeAnythingElseAndTheReaderIsTold() {
        Document long10k = site.get("/search?lang=en&q=" + "k".repeat(10_240)).html();
        assertThat(long10k.select("#search-q").attr("value")).hasSize(SearchText.MAX_CHARS);
        assertThat(long10k.select(".search-notice").text()).isEqualTo(
                "Your search was long: only its first 200 characters were used.");

        Document manyWords = site.get("/search?lang=en&q=" + "a1+".repeat(1_000)).html();
        assertThat(manyWords.select(".search-notice").eachText()).contains(
                "Your search had many words: only the first 16 were used.");

        Document chinese = site.get("/search?lang=zh-CN&q=" + "%E5%AE%A2%E6%9C%8D".repeat(500)).html();
        assertThat(chinese.select(".search-notice").eachText()).contains("搜索内容太长，只用了前 200 个字。");
    }

    @Test
    void whatTheReaderTypedIsEscapedEverywhere() {
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)> scrum";
        Site.Page response = site.get("/search?lang=en&q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert", "<img src=x");
        Document page = response.html();
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("#search-q").attr("value")).isEqualTo(attack);
        assertThat(page.select(".search-summary").text()).contains(attack);
    }

    @Test
    void resultsAreMadeForEachQueryAndNeverKept() {
        Site.Page response = site.get("/search?q=scrum&lang=en");

        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.header("ETag")).isEmpty();
        assertThat(response.header("Content-Language")).contains("en");
        Document page = response.html();
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select(".language-switch a[hreflang=zh-CN]").attr("href")).isEqualTo("/search?q=scrum&lang=zh-CN");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"scrum, en", "scrum, zh-CN", "坐席, zh-CN", "AHT, en", "AHT, zh-CN", "首次解决率, zh-CN", "首次解决率, en",
            "career, en", "晋升, zh-CN", "knowledge base, en", "site, en"})
    void everyPassageLinksToAPlaceThatExistsAndMarksWhatMatched(String query, String lang) {
        {
            Document page = site.get("/search?lang=" + lang + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).html();
            List<Element> links = page.select(".search-hit h3 a");
            assertThat(links).as(query + " in " + lang).isNotEmpty();
            for (Element link : links) {
                String href = link.attr("href");
                String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                Site.Page target = site.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(target.status()).as(href).isEqualTo(200);
                if (href.contains("#")) {
                    assertThat(target.html().getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
                }
            }
            for (Element mark : page.select(".search-hit mark")) {
                String marked = mark.text().toLowerCase(Locale.ROOT);
                assertThat(List.of(query.toLowerCase(Locale.ROOT).split(" "))).as("%s marks %s", query, marked)
                        .anySatisfy(word -> assertThat(marked).startsWith(word.substring(0, Math.min(word.length(), 4))));
            }
        }
    }

    @Test
    void theRoleMatchedByAnotherTitleSaysWhich() {
        Document page = site.get("/search?q=%E8%AF%9D%E5%8A%A1%E5%91%98&lang=en").html(); // 话务员 on the English site

        Element first = page.select(".search-roles .search-hit").first();
        assertThat(first.select("h3 a").text()).isEqualTo("Call-center agent");
        assertThat(first.select(".search-hit__also").text()).isEqualTo("Also called: 话务员");
        assertThat(first.select(".search-hit__also mark").text()).isEqualTo("话务员");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/roles/project-manager", "/faq", "/metrics", "/no-such-page", "/search?q=pm"})
    void everyPageHasTheSearchBoxAsAPlainGetForm(String path) {
        for (String lang : List.of("zh-CN", "en")) {
            Document page = site.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang).html();
            Element form = page.select("header form.site-search").first();
            assertThat(form).as(path).isNotNull();
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.attr("action")).isEqualTo("/search");
            assertThat(form.attr("role")).isEqualTo("search");
            Element input = form.select("input[name=q]").first();
            assertThat(page.select("label[for=" + input.id() + "]").text()).isEqualTo(message("search.label", lang));
            assertThat(form.select("button[type=submit]").text()).isEqualTo(message("search.submit", lang));
            assertThat(page.select("script[src*=search]").attr("defer")).isNotNull();
        }
    }

    @Test
    void anEmptyAddressShowsTheFormWithoutNotices() {
        Document page = site.get("/search?lang=zh-CN").html();

        assertThat(page.select("#search-q")).hasSize(1);
        assertThat(page.select(".search-nothing, .search-notice, .search-summary, .search-hit")).isEmpty();
    }

    private String message(String key, String lang) {
        return messages.getMessage(key, null, Locale.forLanguageTag(lang));
    }
}
