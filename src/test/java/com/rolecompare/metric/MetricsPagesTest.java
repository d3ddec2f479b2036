package com.rolecompare.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** The glossary, its calculators with and without good input, and the links from roles' points to it. */
@SiteTest
class MetricsPagesTest extends SiteTestCase {

    static final List<String> REQUIRED = List.of("average-handle-time", "first-contact-resolution", "service-level",
            "abandonment-rate", "occupancy", "customer-satisfaction", "schedule-variance", "cost-variance",
            "schedule-performance-index", "cost-performance-index");

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theGlossaryExplainsEveryRequiredMetricWithASource(String lang) {
        Document glossary = site.get("/metrics?lang=" + lang).html();

        assertThat(glossary.select("dl.glossary dt")).extracting(Element::id).containsAll(REQUIRED);
        assertThat(glossary.select("dl.glossary dd")).allSatisfy(dd -> {
            assertThat(dd.select("a.cite")).hasSize(1);
            assertThat(dd.select(".glossary__formula").text()).isNotBlank();
        });
        for (Element link : glossary.select("dl.glossary dt a")) {
            Site.Page entry = site.get(link.attr("href") + "?lang=" + lang);
            assertThat(entry.status()).as(link.attr("href")).isEqualTo(200);
            Document page = entry.html();
            assertThat(page.select("dl.metric-facts dd")).as(link.attr("href")).hasSize(3)
                    .allSatisfy(dd -> assertThat(dd.text()).isNotBlank());
            assertThat(page.select("section.sources li")).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyCalculatorPrintsTheWorkedExamplesResult(String lang) {
        for (Element link : site.get("/metrics?lang=" + lang).html().select("dl.glossary dt a")) {
            Document entry = site.get(link.attr("href") + "?lang=" + lang).html();
            Element example = entry.selectFirst(".calculator__actions a");
            if (example == null) {
                continue;
            }
            Site.Page answered = site.get(example.attr("href") + "&lang=" + lang);
            assertThat(answered.status()).as(example.attr("href")).isEqualTo(200);
            String result = answered.html().select("output").text();
            assertThat(result).as(example.attr("href")).isNotBlank();
            String worked = entry.select("dl.metric-facts dd").get(1).text().replace(",", "");
            assertThat(worked).as("the worked example of %s states %s", link.attr("href"), result).contains(result);
            assertThat(answered.header("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "a=&b=120, en, a, Enter a number here.",
            "a=ninety&b=120, en, a, This is not a number.",
            "a=-3&b=120, en, a, This cannot be negative",
            "a=90&b=0, en, b, This cannot be 0",
            "a=1e308&b=120, en, a, This is too large",
            "a=90&b=0, zh-CN, b, 这里不能是 0",
            "a=&b=120, zh-CN, a, 请在这里填一个数",
    })
    void badInputGetsA400WithTheMessageNextToTheField(String query, String lang, String field, String message) {
        Site.Page answer = site.get("/metrics/first-contact-resolution?" + query + "&lang=" + lang);

        assertThat(answer.status()).isEqualTo(400);
        Document page = answer.html();
        Element input = page.getElementById("input-" + field);
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(input.attr("aria-describedby")).text()).contains(message);
        assertThat(page.select("output").text()).isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
    }

    @Test
    void tenKilobytesOfInputIsA400NotAFailure() {
        Site.Page answer = site.get("/metrics/cost-performance-index?a=" + "9".repeat(10_240) + "&b=1&lang=en");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select(".field-error").text()).contains("too long");
    }

    @Test
    void anUnknownMetricIsA404() {
        assertThat(site.get("/metrics/astrology?lang=en").status()).isEqualTo(404);
    }

    @Test
    void metricNamesInPerformancePointsLinkToTheirEntry() {
        Document agent = site.get("/roles/call-center-agent?lang=en").html();
        assertThat(agent.select("#kpis a.term")).extracting(a -> a.attr("href"))
                .contains("/metrics/customer-satisfaction", "/metrics/service-level");
        Document pm = site.get("/compare/call-center-agent-vs-project-manager?lang=zh-CN").html();
        assertThat(pm.select("tr#kpis a.term")).isNotEmpty();
        assertThat(site.get("/metrics/customer-satisfaction").status()).isEqualTo(200);
    }

    @Test
    void aServiceLevelAgreementIsNotTheServiceLevelMetric() {
        List<String> linked = new MetricLinks(List.of(new MetricLinks.Alias("service level", "/metrics/service-level")))
                .parts("Meets the service level agreement, then the service level.").stream()
                .filter(p -> p.linked()).map(p -> p.text()).toList();
        assertThat(linked).containsExactly("service level");
        assertThat(new MetricLinks(List.of(new MetricLinks.Alias("SV", "/metrics/schedule-variance")))
                .parts("SVG charts").stream().noneMatch(p -> p.linked())).isTrue();
    }
}
