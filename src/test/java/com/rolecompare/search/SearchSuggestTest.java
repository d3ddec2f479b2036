package com.rolecompare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** /search/suggest: at most eight names as JSON ({label, url, kind}), never stored, in the reader's language. */
@SiteTest
class SearchSuggestTest extends SiteTestCase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SearchIndex index;

    @BeforeEach
    void indexBuilt() {
        index.current();
    }

    @Test
    void aTitleBeingTypedSuggestsItsRole() {
        List<Map<String, String>> found = suggest("坐", "zh-CN");

        assertThat(found.get(0)).containsEntry("label", "坐席（呼叫中心客服专员）")
                .containsEntry("url", "/roles/call-center-agent").containsEntry("kind", "role");
    }

    @Test
    void namesStartingWithWhatWasTypedComeFirstInTheReadersLanguage() {
        List<Map<String, String>> found = suggest("scr", "en");
        assertThat(found.get(0)).containsEntry("label", "Scrum master (IT project manager)")
                .containsEntry("url", "/roles/it-project-manager");

        assertThat(suggest("product", "en").get(0)).containsEntry("label", "Product manager");
        assertThat(suggest("产品", "zh-CN").get(0)).containsEntry("label", "产品经理");
        assertThat(suggest("aht", "en").get(0)).containsEntry("url", "/metrics/average-handle-time")
                .containsEntry("kind", "metric");
    }

    @Test
    void aTypoStillSuggestsTheRoleTheFullSearchFinds() {
        assertThat(suggest("scrum mastr", "en")).extracting(s -> s.get("url")).first().isEqualTo("/roles/it-project-manager");
    }

    @Test
    void atMostEightEachAddressOnce() {
        List<Map<String, String>> found = suggest("manager", "en");

        assertThat(found).hasSize(Search.SUGGESTIONS);
        assertThat(found).extracting(s -> s.get("url")).doesNotHaveDuplicates();
    }

    @Test
    void answersAreJsonAndNeverStored() {
        Site.Page response = site.get("/search/suggest?q=pm&lang=en");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.header("Content-Security-Policy")).isPresent();
        assertThat(response.header("Content-Language")).contains("en");
    }

    @Test
    void badInputGetsAnEmptyListOrAFewNamesNeverAnError() {
        for (String q : List.of("", "%20", "%01%02", "title%3A*", "%22unclosed", "a+AND+OR", "k".repeat(10_240),
                "manager+".repeat(1_000), "%3Cscript%3E")) {
            Site.Page response = site.get("/search/suggest?q=" + q);
            assertThat(response.status()).as(q.length() > 40 ? q.substring(0, 40) : q).isEqualTo(200);
            assertThat(parse(response.body())).hasSizeLessThanOrEqualTo(Search.SUGGESTIONS);
        }
        assertThat(parse(site.get("/search/suggest").body())).isEmpty();
        assertThat(parse(site.get("/search/suggest?q=%21%21").body())).isEmpty();
    }

    private List<Map<String, String>> suggest(String q, String lang) {
        Site.Page response = site.get("/search/suggest?lang=" + lang + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(200);
        List<Map<String, String>> found = parse(response.body());
        assertThat(found).as(q).isNotEmpty().hasSizeLessThanOrEqualTo(Search.SUGGESTIONS);
        return found;
    }

    private static List<Map<String, String>> parse(String body) {
        return JSON.readValue(body, new TypeReference<List<Map<String, String>>>() {
        });
    }
}
