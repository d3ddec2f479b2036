package com.rolecompare.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.rolecompare.support.CatalogSlugs;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** What travels with a link: structured data that parses, preview tags, and a preview image of the right size. */
@SiteTest
class ShareTest extends SiteTestCase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static List<JsonNode> jsonLd(Document page) {
        return page.select("script[type=application/ld+json]").stream().map(s -> JSON.readTree(s.data())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyPageWithStructuredDataParses(String lang) {
        List<String> pages = new java.util.ArrayList<>(List.of("/", "/roles", "/faq", "/metrics",
                "/compare/call-center-agent-vs-project-manager", "/compare/data-analyst-vs-receptionist",
                "/dimensions/skills", "/metrics/cost-variance"));
        CatalogSlugs.SLUGS.forEach(slug -> pages.add("/roles/" + slug));
        for (String path : pages) {
            Document page = site.get(path + "?lang=" + lang).html();
            for (JsonNode node : jsonLd(page)) {
                assertThat(node.get("@context").asString()).as(path).isEqualTo("https://schema.org");
            }
        }
    }

    @Test
    void rolePagesDescribeAnOccupationWithItsCodesTitlesAndSkills() {
        JsonNode occupation = jsonLd(site.get("/roles/call-center-agent?lang=en").html()).get(0);

        assertThat(occupation.get("@type").asString()).isEqualTo("Occupation");
        assertThat(occupation.get("name").asString()).isEqualTo("Call-center agent");
        assertThat(occupation.get("occupationalCategory").toString()).contains("43-4051.00", "4222");
        assertThat(occupation.get("skills").toString()).contains("Active Listening");
        assertThat(occupation.get("alternateName")).isNotEmpty();
        assertThat(occupation.get("url").asString()).startsWith(Site.PUBLIC_ORIGIN);
        assertThat(occupation.has("estimatedSalary")).isFalse();
    }

    @Test
    void comparisonsCarryBreadcrumbsAndTheirFaq() {
        JsonNode graph = jsonLd(site.get("/compare/call-center-agent-vs-project-manager?lang=zh-CN").html()).get(0).get("@graph");

        assertThat(graph.get(0).get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(graph.get(0).get("itemListElement")).hasSize(2);
        assertThat(graph.get(1).get("@type").asString()).isEqualTo("FAQPage");
        assertThat(graph.get(1).get("mainEntity").size()).isGreaterThanOrEqualTo(3);
        JsonNode plain = jsonLd(site.get("/compare/data-analyst-vs-receptionist?lang=en").html()).get(0).get("@graph");
        assertThat(plain).hasSize(1);
    }

    @Test
    void theGlossaryIsADefinedTermSet() {
        JsonNode set = jsonLd(site.get("/metrics?lang=en").html()).get(0);

        assertThat(set.get("@type").asString()).isEqualTo("DefinedTermSet");
        assertThat(set.get("hasDefinedTerm").size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void textThatLooksLikeMarkupCannotLeaveTheScriptElement() {
        String script = com.rolecompare.web.StructuredData.script(java.util.Map.of("name", "</script><script>alert(1)</script>&")).toString();

        assertThat(script).doesNotContain("<", ">", "&");
        assertThat(JSON.readTree(script).get("name").asString()).isEqualTo("</script><script>alert(1)</script>&");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyPageHasPreviewTagsAndComparisonsAPreviewImage(String lang) throws Exception {
        for (String path : List.of("/", "/roles/project-manager", "/metrics", "/faq")) {
            Document page = site.get(path + "?lang=" + lang).html();
            assertThat(page.select("meta[property=og:title]").attr("content")).as(path).isEqualTo(page.title());
            assertThat(page.select("meta[property=og:url]").attr("content")).as(path).startsWith(Site.PUBLIC_ORIGIN);
            assertThat(page.select("meta[name=twitter:card]").attr("content")).as(path).isEqualTo("summary");
        }
        Document comparison = site.get("/compare/call-center-agent-vs-project-manager?lang=" + lang).html();
        String image = comparison.select("meta[property=og:image]").attr("content");
        assertThat(image).startsWith(Site.PUBLIC_ORIGIN + "/previews/").endsWith("." + lang + ".png");
        assertThat(comparison.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                site.origin() + image.substring(Site.PUBLIC_ORIGIN.length()))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(png.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(png.body().length).isLessThan(100 * 1024);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(picture.getWidth()).isEqualTo(1200);
        assertThat(picture.getHeight()).isEqualTo(630);
    }

    @Test
    void aStaleOrMadeUpPreviewAddressIsNotFound() {
        assertThat(site.get("/previews/0000000000000000/call-center-agent-vs-project-manager.en.png").status()).isEqualTo(404);
        String image = site.get("/compare/call-center-agent-vs-project-manager?lang=en").html()
                .select("meta[property=og:image]").attr("content").substring(Site.PUBLIC_ORIGIN.length());
        assertThat(site.get(image.replace("call-center-agent-vs-project-manager", "project-manager-vs-call-center-agent")).status())
                .isEqualTo(404);
        assertThat(site.get(image.replace(".en.png", ".fr.png")).status()).isEqualTo(404);
    }
}
