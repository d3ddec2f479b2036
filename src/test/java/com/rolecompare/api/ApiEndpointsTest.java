package com.rolecompare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rolecompare.support.CatalogSlugs;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint of the API answers JSON in either language with the fields its description promises. */
@SiteTest
class ApiEndpointsTest extends SiteTestCase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SEED = "/api/v1/comparisons/call-center-agent-vs-project-manager";
    static final List<String> DIMENSIONS = List.of("responsibilities", "daily-work", "skills", "kpis", "works-with",
            "career-path");

    /** GETs an API address and reads its JSON, after checking it is a 200 JSON answer in that language. */
    JsonNode json(String path, String lang) {
        Site.Page answer = site.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertThat(answer.status()).as(path).isEqualTo(200);
        assertThat(answer.header("Content-Type").orElseThrow()).as(path).contains("application/json");
        assertThat(answer.header("Content-Language").orElseThrow()).as(path).isEqualTo(lang);
        JsonNode node = JSON.readTree(answer.body());
        assertThat(node.path("language").asString()).as(path).isEqualTo(lang);
        return node;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void rolesListsTheWholeCatalogWithAbsoluteLinks(String lang) {
        JsonNode roles = json("/api/v1/roles", lang).path("roles");

        assertThat(roles.values()).extracting(r -> r.path("slug").asString())
                .containsExactlyInAnyOrderElementsOf(CatalogSlugs.SLUGS);
        assertThat(roles.values()).allSatisfy(role -> {
            assertThat(role.path("name").asString()).isNotBlank();
            assertThat(role.path("description").asString()).isNotBlank();
            assertThat(role.path("family").path("key").asString()).isNotBlank();
            assertThat(role.path("family").path("name").asString()).isNotBlank();
            assertThat(role.path("url").asString())
                    .isEqualTo(Site.PUBLIC_ORIGIN + "/roles/" + role.path("slug").asString() + "?lang=" + lang);
            assertThat(role.path("apiUrl").asString())
                    .isEqualTo(Site.PUBLIC_ORIGIN + "/api/v1/roles/" + role.path("slug").asString() + "?lang=" + lang);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aRoleHasItsCodesFiguresTitlesAndSourcedPointsOnEveryDimension(String lang) {
        for (String slug : CatalogSlugs.SLUGS) {
            JsonNode role = json("/api/v1/roles/" + slug, lang);

            assertThat(role.path("slug").asString()).isEqualTo(slug);
            assertThat(role.path("titles").size()).as(slug).isPositive();
            assertThat(role.path("dimensions").values()).extracting(d -> d.path("key").asString())
                    .containsExactlyElementsOf(DIMENSIONS);
            Set<String> sources = keys(role.path("sources"));
            assertThat(role.path("dimensions").values()).allSatisfy(d -> {
                assertThat(d.path("name").asString()).isNotBlank();
                assertThat(d.path("points").size()).as(slug).isBetween(3, 8);
                d.path("points").values().forEach(p -> {
                    assertThat(p.path("headline").asString()).isNotBlank();
                    assertThat(sources).as("the source of a point of " + slug).contains(p.path("sourceKey").asString());
                });
            });
            role.path("titles").values().forEach(t -> assertThat(sources).contains(t.path("sourceKey").asString()));
            assertThat(role.path("figures").has("ratingsStandIn")).isTrue();
        }
    }

    @Test
    void figuresNameTheOccupationTheJobZoneAndAStandIn() {
        JsonNode project = json("/api/v1/roles/project-manager", "en").path("figures");
        assertThat(project.path("onetCode").asString()).isEqualTo("13-1082.00");
        assertThat(project.path("jobZone").asInt()).isEqualTo(4);
        assertThat(project.path("jobZoneName").asString()).isEqualTo("considerable preparation");
        assertThat(project.path("ratingsCode").asString()).isEqualTo("15-1299.09");
        assertThat(project.path("ratingsStandIn").asBoolean()).isTrue();

        JsonNode analyst = json("/api/v1/roles/data-analyst", "zh-CN").path("figures");
        assertThat(analyst.path("educationName").asString()).isEqualTo("本科（学士）");
        assertThat(analyst.path("ratingsStandIn").asBoolean()).isFalse();

        JsonNode product = json("/api/v1/roles/product-manager", "en").path("figures");
        assertThat(product.path("onetCode").isNull()).isTrue();
        assertThat(product.path("ratingsCode").isNull()).isTrue();

        assertThat(json("/api/v1/roles/call-center-manager", "en").path("figures").path("nearest").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void dimensionsAreTheSixInDisplayOrder(String lang) {
        JsonNode dimensions = json("/api/v1/dimensions", lang).path("dimensions");

        assertThat(dimensions.values()).extracting(d -> d.path("key").asString()).containsExactlyElementsOf(DIMENSIONS);
        assertThat(dimensions.values()).allSatisfy(d -> {
            assertThat(d.path("name").asString()).isNotBlank();
            assertThat(d.path("explanation").asString()).isNotBlank();
            assertThat(d.path("url").asString()).startsWith(Site.PUBLIC_ORIGIN + "/dimensions/");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aWrittenComparisonHasRowsEditorialFiguresMovesAndFaq(String lang) {
        JsonNode c = json(SEED, lang);

        assertThat(c.path("pair").asString()).isEqualTo("call-center-agent-vs-project-manager");
        assertThat(c.path("first").path("slug").asString()).isEqualTo("call-center-agent");
        assertThat(c.path("second").path("slug").asString()).isEqualTo("project-manager");
        assertThat(c.path("filtered").asBoolean()).isFalse();
        assertThat(c.path("dimensions").values()).extracting(JsonNode::asString).containsExactlyElementsOf(DIMENSIONS);
        assertThat(c.path("rows").values()).extracting(r -> r.path("dimension").asString())
                .containsExactlyElementsOf(DIMENSIONS);
        assertThat(c.path("rows").values()).filteredOn(r -> r.path("keyDifference").asBoolean()).hasSize(1);
        Set<String> sources = keys(c.path("sources"));
        c.path("rows").values().forEach(r -> {
            assertThat(r.path("first").size()).isBetween(3, 8);
            assertThat(r.path("second").size()).isBetween(3, 8);
            r.path("first").values().forEach(p -> assertThat(sources).contains(p.path("sourceKey").asString()));
        });
        JsonNode editorial = c.path("editorial");
        assertThat(editorial.path("summary").asString()).isNotBlank();
        assertThat(DIMENSIONS).contains(editorial.path("keyDimension").asString());
        assertThat(editorial.path("keyReasons").size()).isPositive();
        assertThat(editorial.path("conclusion").size()).isPositive();
        assertThat(c.path("faq").size()).isGreaterThanOrEqualTo(3);
        assertThat(c.path("figures").path("importantSkills").asInt()).isPositive();
        assertThat(c.path("skills").size()).isPositive();
        assertThat(c.path("moves").values()).extracting(m -> m.path("from").asString() + ">" + m.path("to").asString())
                .containsExactly("call-center-agent>project-manager", "project-manager>call-center-agent");
        JsonNode move = c.path("moves").get(0);
        assertThat(move.path("rated").asBoolean()).isTrue();
        assertThat(move.path("similarity").asString()).isEqualTo("0.06");
        assertThat(move.path("band").asString()).isEqualTo("far-apart");
        assertThat(move.path("toBuild").get(0).path("gap").asString()).isEqualTo("3.12");
        assertThat(c.path("url").asString()).isEqualTo(Site.PUBLIC_ORIGIN
                + "/compare/call-center-agent-vs-project-manager?lang=" + lang);
        assertThat(c.path("csvUrl").asString()).isEqualTo(Site.PUBLIC_ORIGIN + SEED + ".csv?lang=" + lang);
    }

    @Test
    void aComparisonNobodyWroteHasNoEditorialAndARoleWithoutRatingsNoMove() {
        JsonNode c = json("/api/v1/comparisons/product-manager-vs-receptionist", "en");

        assertThat(c.path("editorial").isNull()).isTrue();
        assertThat(c.path("faq").size()).isZero();
        assertThat(c.path("skills").size()).isZero();
        assertThat(c.path("figures").path("sharedSkills").isNull()).isTrue();
        assertThat(c.path("moves").values()).allSatisfy(m -> {
            assertThat(m.path("rated").asBoolean()).isFalse();
            assertThat(m.path("similarity").isNull()).isTrue();
        });
    }

    @Test
    void theFilterReadsAsOnThePage() {
        assertThat(rows(SEED + "?dimension=kpis&dimension=skills")).containsExactly("skills", "kpis");
        assertThat(rows(SEED + "?dimension=skills&dimension=skills&dimension=")).containsExactly("skills");
        assertThat(rows(SEED + "?dimension=")).containsExactlyElementsOf(DIMENSIONS);
        StringBuilder all = new StringBuilder(SEED + "?");
        DIMENSIONS.forEach(d -> all.append("dimension=").append(d).append('&'));
        JsonNode everything = json(all.toString(), "en");
        assertThat(everything.path("filtered").asBoolean()).as("every dimension is no filter").isFalse();
        assertThat(everything.path("url").asString()).doesNotContain("dimension=");

        JsonNode filtered = json(SEED + "?dimension=kpis&dimension=skills", "en");
        assertThat(filtered.path("filtered").asBoolean()).isTrue();
        assertThat(filtered.path("dimensions").values()).extracting(JsonNode::asString).containsExactly("skills", "kpis");
        assertThat(filtered.path("url").asString()).isEqualTo(Site.PUBLIC_ORIGIN
                + "/compare/call-center-agent-vs-project-manager?dimension=skills&dimension=kpis&lang=en");
        assertThat(filtered.path("csvUrl").asString()).isEqualTo(Site.PUBLIC_ORIGIN + SEED
                + ".csv?dimension=skills&dimension=kpis&lang=en");
    }

    @Test
    void aReversedPairMovesToItsCanonicalAddressKeepingTheFilterAndLanguage() {
        Site.Page json = site.get("/api/v1/comparisons/project-manager-vs-call-center-agent?dimension=kpis&dimension=skills&lang=en");
        assertThat(json.status()).isEqualTo(301);
        assertThat(json.header("Location").orElseThrow()).endsWith(SEED + "?dimension=skills&dimension=kpis&lang=en");

        Site.Page csv = site.get("/api/v1/comparisons/project-manager-vs-call-center-agent.csv?dimension=skills");
        assertThat(csv.status()).isEqualTo(301);
        assertThat(csv.header("Location").orElseThrow()).endsWith(SEED + ".csv?dimension=skills");
        assertThat(csv.header("Location").orElseThrow()).doesNotContain("lang=", "://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void faqHasTheSiteWideQuestionsAndEveryWrittenComparisons(String lang) {
        JsonNode faq = json("/api/v1/faq", lang);

        assertThat(faq.path("siteWide").size()).isPositive();
        assertThat(faq.path("comparisons").size()).isEqualTo(5);
        Set<String> sources = keys(faq.path("sources"));
        faq.path("comparisons").values().forEach(c -> {
            assertThat(c.path("apiUrl").asString()).startsWith(Site.PUBLIC_ORIGIN + "/api/v1/comparisons/" + c.path("pair").asString());
            assertThat(c.path("questions").size()).isGreaterThanOrEqualTo(3);
            c.path("questions").values().forEach(q -> {
                assertThat(q.path("question").asString()).isNotBlank();
                assertThat(q.path("answer").asString()).isNotBlank();
                q.path("sourceKeys").values().forEach(k -> assertThat(sources).contains(k.asString()));
            });
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void metricsListEveryFamilyAndEachMetricHasItsEntry(String lang) {
        JsonNode families = json("/api/v1/metrics", lang).path("families");

        assertThat(families.size()).isEqualTo(6);
        List<String> keys = new ArrayList<>();
        families.values().forEach(f -> {
            assertThat(f.path("name").asString()).isNotBlank().isNotEqualTo(f.path("key").asString());
            f.path("metrics").values().forEach(m -> keys.add(m.path("key").asString()));
        });
        assertThat(keys).hasSize(40).contains("average-handle-time");

        JsonNode aht = json("/api/v1/metrics/average-handle-time", lang);
        assertThat(aht.path("key").asString()).isEqualTo("average-handle-time");
        assertThat(aht.path("family").asString()).isEqualTo("call-center");
        for (String field : List.of("name", "definition", "formula", "example", "watchFor", "familyName")) {
            assertThat(aht.path(field).asString()).as(field).isNotBlank();
        }
        assertThat(aht.path("calculator").asBoolean()).isTrue();
        assertThat(aht.path("inputs").size()).isPositive();
        assertThat(aht.path("source").path("url").asString()).startsWith("http");
        assertThat(aht.path("url").asString()).isEqualTo(Site.PUBLIC_ORIGIN + "/metrics/average-handle-time?lang=" + lang);
    }

    @Test
    void withoutLangTheBrowsersLanguageDecidesAndTheAnswerVariesByIt() {
        Site.Page english = site.get("/api/v1/dimensions", "Accept-Language", "en-GB,en;q=0.9");
        Site.Page chinese = site.get("/api/v1/dimensions");

        assertThat(JSON.readTree(english.body()).path("language").asString()).isEqualTo("en");
        assertThat(english.header("Content-Language").orElseThrow()).isEqualTo("en");
        assertThat(JSON.readTree(chinese.body()).path("language").asString()).isEqualTo("zh-CN");
        assertThat(english.all("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
        assertThat(english.all("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        assertThat(site.get("/api/v1/dimensions?lang=en").all("Vary")).noneSatisfy(v -> assertThat(v).contains("Accept-Language"));
    }

    @Test
    void aMalformedAcceptLanguageIsIgnoredOnTheApiAndOnPages() {
        Site.Page api = site.get("/api/v1/dimensions", "Accept-Language", "-");
        assertThat(api.status()).isEqualTo(200);
        assertThat(JSON.readTree(api.body()).path("language").asString()).isEqualTo("zh-CN");
        assertThat(site.get("/metrics", "Accept-Language", "-").status()).isEqualTo(200);
    }

    @Test
    void unchangedAnswersAre304AndEachLanguageAndFilterHasItsOwnEtag() {
        for (String path : List.of("/api/v1/roles?lang=en", "/api/v1/roles/project-manager?lang=en", "/api/v1/dimensions?lang=en",
                SEED + "?lang=en", SEED + ".csv?lang=en", "/api/v1/faq?lang=en", "/api/v1/metrics?lang=en",
                "/api/v1/metrics/average-handle-time?lang=en")) {
            Site.Page first = site.get(path);
            String etag = first.header("ETag").orElseThrow();
            assertThat(first.header("Cache-Control").orElseThrow()).as(path).contains("no-cache");

            Site.Page again = site.get(path, "If-None-Match", etag);

            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.header("ETag")).contains(etag);
        }
        List<String> etags = List.of(SEED + "?lang=en", SEED + "?lang=zh-CN", SEED + "?dimension=skills&lang=en",
                SEED + ".csv?lang=en", "/compare/call-center-agent-vs-project-manager?lang=en").stream()
                .map(path -> site.get(path).header("ETag").orElseThrow()).toList();
        assertThat(etags).doesNotHaveDuplicates();
        assertThat(site.get(SEED + "?lang=zh-CN", "If-None-Match", etags.get(0)).status()).isEqualTo(200);
    }

    @Test
    void nothingInAnAnswerComesFromTheRequestsHost() {
        Site.Page answer = site.get(SEED + "?lang=en", "X-Forwarded-Host", "evil.example", "Forwarded", "host=evil.example");

        assertThat(answer.body()).contains(Site.PUBLIC_ORIGIN).doesNotContain("evil.example", "127.0.0.1");
    }

    private List<String> rows(String path) {
        return json(path, "en").path("rows").values().stream().map(r -> r.path("dimension").asString()).toList();
    }

    static Set<String> keys(JsonNode sources) {
        Set<String> keys = new TreeSet<>();
        sources.values().forEach(s -> keys.add(s.path("key").asString()));
        return keys;
    }
}
