package com.rolecompare.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.rolecompare.support.CatalogSlugs;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** The catalog as a reader meets it: every role, every pair, in both languages, each point with its source. */
@SiteTest
class CatalogPagesTest extends SiteTestCase {

    static final List<String> SLUGS = CatalogSlugs.SLUGS;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCatalogHoldsTheseStableSlugs() {
        assertThat(jdbc.queryForList("select slug from role", String.class)).containsExactlyInAnyOrderElementsOf(SLUGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void rolesPageListsEveryRoleByFamily(String lang) {
        Document page = site.get("/roles?lang=" + lang).html();

        assertThat(page.select("section.family")).hasSize(5);
        assertThat(page.select("section.family .card h3 a")).extracting(a -> a.attr("href"))
                .containsExactlyInAnyOrderElementsOf(SLUGS.stream().map(s -> "/roles/" + s).toList());
        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select(".sources__onet").text()).contains("O*NET 29.3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyRolePageShowsSixSourcedDimensionsFiguresAndCredits(String lang) {
        for (String slug : SLUGS) {
            Site.Page response = site.get("/roles/" + slug + "?lang=" + lang);
            assertThat(response.status()).as(slug).isEqualTo(200);
            Document page = response.html();
            assertThat(page.select("section.role-section")).as(slug).hasSize(6)
                    .allSatisfy(s -> assertThat(s.select("ol.points > li")).as(slug).hasSizeBetween(3, 8));
            assertEveryPointCitesAListedSource(page, slug);
            assertThat(page.select(".at-a-glance dl.figures dt")).as(slug).isNotEmpty();
            assertThat(page.select(".figures .titles li")).as(slug).isNotEmpty();
            boolean onet = !page.select(".figures .code").isEmpty();
            assertThat(page.select(".sources__onet").isEmpty()).as("O*NET credit on " + slug).isEqualTo(!onet);
        }
    }

    @Test
    void theProductManagerSaysItHasNoOnetOccupationAndStandInsAreNamed() {
        Document product = site.get("/roles/product-manager?lang=en").html();
        assertThat(product.select(".figures").text()).contains("No O*NET occupation describes this role");
        Document project = site.get("/roles/project-manager?lang=en").html();
        assertThat(project.select(".figures").text()).contains("15-1299.09");
        Document nearest = site.get("/roles/call-center-manager?lang=en").html();
        assertThat(nearest.select(".figures .tag").text()).isEqualTo("nearest match");
    }

    @Test
    void rolePagesLinkTheirLadderAndTheirOnetRelatives() {
        Document agent = site.get("/roles/call-center-agent?lang=en").html();
        assertThat(agent.select("#moves a[href=/roles/customer-service-team-leader]")).isNotEmpty();
        Document leader = site.get("/roles/customer-service-team-leader?lang=en").html();
        assertThat(leader.select("#moves a[href=/roles/call-center-agent]")).as("where people come from").isNotEmpty();
        Document pm = site.get("/roles/project-manager?lang=en").html();
        assertThat(pm.select("#related-heading + ul a[href=/roles/it-project-manager]")).isNotEmpty();
    }

    @Test
    void randomPairsRenderSixRowsWithSourcedPointsInBothLanguages() {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < SLUGS.size(); i++) {
            for (int j = i + 1; j < SLUGS.size(); j++) {
                pairs.add(new String[] {SLUGS.get(i), SLUGS.get(j)});
            }
        }
        assertThat(pairs).hasSize(300);
        Collections.shuffle(pairs, new Random(20261128));
        for (String[] pair : pairs.subList(0, 30)) {
            String path = new Pair(pair[0].compareTo(pair[1]) < 0 ? pair[0] : pair[1],
                    pair[0].compareTo(pair[1]) < 0 ? pair[1] : pair[0], false).path();
            for (String lang : List.of("zh-CN", "en")) {
                Site.Page response = site.get(path + "?lang=" + lang);
                assertThat(response.status()).as(path).isEqualTo(200);
                Document page = response.html();
                assertThat(page.select("table.compare-table tbody tr")).as(path).hasSize(6);
                assertThat(page.select("section.pair-figures table tbody tr")).as(path).hasSize(4);
                assertEveryPointCitesAListedSource(page, path);
            }
        }
    }

    @Test
    void everyReversedPairIsRedirectedToItsCanonicalAddress() {
        for (String a : SLUGS) {
            for (String b : SLUGS) {
                if (a.compareTo(b) > 0) {
                    Site.Page reversed = site.get("/compare/" + a + "-vs-" + b + "?lang=en");
                    assertThat(reversed.status()).as(a + " vs " + b).isEqualTo(301);
                    assertThat(reversed.header("Location")).contains("/compare/" + b + "-vs-" + a + "?lang=en");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/compare/call-center-agent-vs-project-manager", "/compare/call-center-agent-vs-telemarketer",
            "/compare/call-center-agent-vs-customer-service-team-leader", "/compare/product-manager-vs-project-manager",
            "/compare/call-center-project-manager-vs-project-manager"})
    void writtenComparisonsShowTheirEditorialAndFaq(String path) {
        for (String lang : List.of("zh-CN", "en")) {
            Document page = site.get(path + "?lang=" + lang).html();
            assertThat(page.select("section.key-difference ol.points li")).as(path).isNotEmpty();
            assertThat(page.select("section.conclusion ol.points li")).as(path).isNotEmpty();
            assertThat(page.select("section.faq-list .faq-item")).as(path).hasSizeGreaterThanOrEqualTo(3);
            assertThat(page.select("tr.is-key")).as(path).hasSize(1);
            assertEveryPointCitesAListedSource(page, path);
        }
    }

    @Test
    void aPairWithoutEditorialGetsAHeaderBuiltFromFigures() {
        Document page = site.get("/compare/data-analyst-vs-receptionist?lang=en").html();

        assertThat(page.select("section.key-difference, section.conclusion, tr.is-key")).isEmpty();
        assertThat(page.select(".lede").text()).isEqualTo("Data analyst and receptionist side by side, compared on six dimensions.");
        assertThat(page.select(".pair-figures__summary").text())
                .contains("The data analyst needs more preparation: 2 job zones higher in O*NET.")
                .containsPattern("\\d+ of the \\d+ skills that matter in either");
        assertThat(page.select(".figures-table").text()).contains("15-2051.01", "43-4171.00", "Bachelor’s degree");
        assertThat(page.select("a[href=/roles/data-analyst]")).isNotEmpty();
        assertThat(page.select("a[href=/roles/receptionist]")).isNotEmpty();
    }

    @Test
    void homeOffersEveryRoleGroupedByFamilyAndTheWrittenComparisonsFirst() {
        Document home = site.get("/?lang=en").html();

        assertThat(home.select("select[name=a] optgroup")).hasSize(5);
        assertThat(home.select("select[name=a] option")).hasSize(25);
        assertThat(home.select("select[name=b] option")).hasSize(25);
        assertThat(home.select("#comparisons-heading + ul.cards li")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(home.select("section").first().id()).isEqualTo("compare");
        assertThat(site.get("/compare?a=telemarketer&b=call-center-agent").header("Location"))
                .contains("/compare/call-center-agent-vs-telemarketer");
    }

    @Test
    void faqPageGathersEveryEditorialFaqWithItsSources() {
        Document page = site.get("/faq?lang=en").html();

        assertThat(page.select("section.faq-list[id^=comparison-]")).hasSize(5);
        assertEveryPointCitesAListedSource(page, "/faq");
        assertThat(page.select(".faq-item a.cite")).isNotEmpty();
    }

    /** Every citation link on the page points at an entry of its numbered source list. */
    static void assertEveryPointCitesAListedSource(Document page, String where) {
        for (Element point : page.select("ol.points > li")) {
            assertThat(point.select("a.cite")).as("a source for a point on %s: %s", where, point.text()).hasSize(1);
        }
        for (Element cite : page.select("a.cite")) {
            String id = cite.attr("href").substring(1);
            Element source = page.getElementById(id);
            assertThat(source).as("%s on %s", cite.attr("href"), where).isNotNull();
            assertThat(cite.text()).isEqualTo("[" + (source.elementSiblingIndex() + 1) + "]");
        }
    }
}
