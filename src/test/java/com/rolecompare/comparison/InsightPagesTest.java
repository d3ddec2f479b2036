package com.rolecompare.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** The skills chart, the moves between two roles and the closest roles, as a reader gets them. */
@SiteTest
class InsightPagesTest extends SiteTestCase {

    static final String SEED = "/compare/call-center-agent-vs-project-manager";

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theChartsTableCarriesTheChartsFigures(String lang) {
        Document page = site.get(SEED + "?lang=" + lang).html();
        Element chart = page.selectFirst("svg.chart");

        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
        assertThat(chart.select("title").text()).isNotBlank();
        assertThat(chart.select("desc").text()).isNotBlank();
        List<Element> rows = chart.select("g.chart__row");
        List<Element> tableRows = page.select("table.chart-table tbody tr");
        assertThat(rows).hasSameSizeAs(tableRows).hasSizeGreaterThan(10);
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            Element table = tableRows.get(i);
            assertThat(row.select("text.chart__label").text()).isEqualTo(table.select("th").text());
            List<String> values = row.select("text.chart__value").eachText();
            assertThat(values).containsExactly(table.select("td").get(0).text(), table.select("td").get(1).text());
            double first = Double.parseDouble(values.get(0));
            assertThat(row.select("rect.chart__bar--first").attr("width"))
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", first / 7 * 100));
        }
    }

    @Test
    void theChartSaysTheBiggestDifferencesInWords() {
        Document page = site.get(SEED + "?lang=en").html();
        // Management of Financial/Material Resources: agent 0.50, IT project manager (stand-in) 3.62 in O*NET 29.3
        assertThat(page.select("svg.chart desc").text())
                .contains("Management of Financial Resources: Call-center agent level 0.5, project manager level 3.62.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void movesBetweenTheTwoGoBothWaysAndIgnoreTheFilter(String lang) {
        Document page = site.get(SEED + "?lang=" + lang + "&dimension=skills").html();
        List<Element> moves = page.select("section.moves-between section.move");

        assertThat(moves).hasSize(2);
        assertThat(moves.get(0).select(".move__similarity").text()).contains("0.06");
        assertThat(moves.get(1).select(".move__similarity").text()).contains("0.06");
        assertThat(moves.get(0).select("ol.gaps li")).hasSize(20);
        assertThat(moves.get(1).select("ol.gaps li")).hasSize(1);
        assertThat(moves.get(0).select("ol.gaps li").first().text()).contains("+3.12");
        assertThat(moves.get(0).select(".note").text()).contains("15-1299.09");
        assertThat(page.select("table.compare-table tbody tr")).hasSize(1);
        assertThat(page.select("svg.chart")).hasSize(1);
    }

    @Test
    void labelsAndSentencesAreJoinedWithEachLanguagesPunctuation() {
        Document zh = site.get("/compare/data-analyst-vs-hr-specialist?lang=zh-CN").html();
        Document en = site.get("/compare/data-analyst-vs-hr-specialist?lang=en").html();

        String zhSummary = zh.selectFirst(".pair-figures__summary").text();
        assertThat(zhSummary).contains("。在任一岗位").doesNotContain("。 ");
        assertThat(en.selectFirst(".pair-figures__summary").text()).contains("preparation. 13 of the 19");
        assertThat(zh.selectFirst(".pair-figures .note").text()).startsWith("对两者都重要的技能：阅读理解").doesNotContain(":");
        assertThat(en.selectFirst(".pair-figures .note").text()).startsWith("Skills important in both: Reading");
        assertThat(zh.select("ul.preparation li").first().text()).matches("数据分析师：\\S.*");
        Document seed = site.get(SEED + "?lang=zh-CN").html();
        assertThat(seed.selectFirst(".key-difference h2").text()).contains("：").doesNotContain(":");
    }

    @Test
    void aRoleWithoutRatingsHasNoChartAndSaysWhy() {
        Document page = site.get("/compare/product-manager-vs-project-manager?lang=en").html();

        assertThat(page.select("svg.chart")).isEmpty();
        assertThat(page.select("section.move .note").text()).contains("O*NET has no skill ratings");
    }

    @Test
    void rolesOnTheSameOccupationSayTheFiguresCannotTellThemApart() {
        Document page = site.get("/compare/call-center-project-manager-vs-customer-service-team-leader?lang=en").html();

        assertThat(page.select(".skills-chart .note").text()).contains("43-1011.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyRatedRolePageListsItsFiveClosestRoles(String lang) {
        for (String slug : com.rolecompare.support.CatalogSlugs.SLUGS) {
            Document page = site.get("/roles/" + slug + "?lang=" + lang).html();
            if (slug.equals("product-manager")) {
                assertThat(page.select(".similar-roles .empty")).as(slug).hasSize(1);
                continue;
            }
            List<Element> closest = page.select("ol.similar > li");
            assertThat(closest).as(slug).hasSize(5);
            List<Double> scores = closest.stream()
                    .map(li -> Double.parseDouble(li.select(".score").text().replaceAll("^[^-0-9]*(-?[0-9.]+).*$", "$1")))
                    .toList();
            assertThat(scores).as(slug).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(closest).allSatisfy(li -> assertThat(li.select("a.compare-link").attr("href")).startsWith("/compare/"));
        }
    }

    @Test
    void theAgentsClosestRolesAreTheReceptionistAndTheTelemarketer() {
        // bench/onet/similarity.py: 43-4051.00 -> 43-4171.00 0.830508, -> 41-9041.00 0.805432
        Document page = site.get("/roles/call-center-agent?lang=en").html();

        assertThat(page.select("ol.similar > li > a:first-child")).extracting(a -> a.attr("href")).startsWith(
                "/roles/receptionist", "/roles/telemarketer");
        assertThat(page.select("ol.similar > li").first().text()).contains("0.83", "close");
    }
}
