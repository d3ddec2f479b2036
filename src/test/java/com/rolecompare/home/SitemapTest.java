package com.rolecompare.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import com.rolecompare.support.CatalogSlugs;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** The sitemap lists every page in every language with its alternates, valid against the sitemap schema. */
@SiteTest
class SitemapTest extends SiteTestCase {

    @Test
    void isValidAgainstTheSitemapSchema() throws Exception {
        String xml = site.get("/sitemap.xml").body();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(getClass().getResource("/schemas/sitemap-0.9.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void listsEveryPageInEveryLanguageWithItsAlternatesFromThePublicAddress() {
        Site.Page answer = site.get("/sitemap.xml");
        assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        Document sitemap = Jsoup.parse(answer.body(), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        Set<String> unique = new HashSet<>(locs);

        assertThat(unique).hasSameSizeAs(locs);
        assertThat(locs).allSatisfy(loc -> assertThat(loc).startsWith(Site.PUBLIC_ORIGIN + "/"));
        int pages = 4 + 25 + 6 + 300 + site.get("/metrics").html().select("dl.glossary dt").size();
        assertThat(locs).hasSize(pages * 3);
        assertThat(locs).contains(Site.PUBLIC_ORIGIN + "/compare/call-center-agent-vs-project-manager",
                Site.PUBLIC_ORIGIN + "/compare/call-center-agent-vs-project-manager?lang=en",
                Site.PUBLIC_ORIGIN + "/roles/" + CatalogSlugs.SLUGS.get(24) + "?lang=zh-CN",
                Site.PUBLIC_ORIGIN + "/metrics/average-handle-time?lang=en");
        for (Element url : sitemap.select("url")) {
            assertThat(url.select("xhtml|link")).extracting(l -> l.attr("hreflang")).containsExactly("zh-CN", "en", "x-default");
            assertThat(url.select("lastmod").text()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    /** Every listed page but the pairs, and every tenth pair (all of them are crawled by bench/crawl.sh). */
    @Test
    void everyListedPageAnswers200() {
        Document sitemap = Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser());
        int pairs = 0;
        for (String loc : sitemap.select("url > loc").eachText()) {
            boolean pair = loc.contains("/compare/");
            if (loc.endsWith("?lang=en") && (!pair || pairs++ % 10 == 0)) {
                String path = loc.substring(Site.PUBLIC_ORIGIN.length());
                assertThat(site.get(path).status()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void robotsNamesTheSitemapAndKeepsCrawlersOutOfApiAndSearch() {
        String robots = site.get("/robots.txt").body();

        assertThat(robots).contains("Sitemap: " + Site.PUBLIC_ORIGIN + "/sitemap.xml", "Disallow: /api/", "Disallow: /search");
    }

    @Test
    void anUnchangedSitemapIs304() {
        String etag = site.get("/sitemap.xml").header("ETag").orElseThrow();
        assertThat(site.get("/sitemap.xml", "If-None-Match", etag).status()).isEqualTo(304);
    }
}
