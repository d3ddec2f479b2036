package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

@SiteTest
class PagesTest extends SiteTestCase {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "/, zh-CN", "/, en",
            "/compare/call-center-agent-vs-project-manager, zh-CN", "/compare/call-center-agent-vs-project-manager, en",
            "/roles/call-center-agent, zh-CN", "/roles/project-manager, en",
            "/dimensions/skills, zh-CN", "/dimensions/career-path, en",
            "/faq, zh-CN", "/faq, en",
    })
    void everyPageHasItsLanguageTitleDescriptionCanonicalAndOneHeading(String path, String lang) {
        Site.Page response = site.get(path + "?lang=" + lang);
        Document page = response.html();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElseThrow()).contains("text/html", "UTF-8");
        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(page.title()).isNotBlank();
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(Site.PUBLIC_ORIGIN + path + "?lang=" + lang);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("a.skip-link[href=#main]")).hasSize(1);
        assertThat(page.select("#main")).hasSize(1);
        assertThat(page.select(".language-switch a")).extracting(Element::text).containsExactly("中文", "English");
    }

    @Test
    void titlesDifferByLanguage() {
        assertThat(site.get("/faq?lang=zh-CN").html().title()).isNotEqualTo(site.get("/faq?lang=en").html().title());
    }

    @Test
    void homeListsComparisonRolesDimensionsAndAGetFormToCompare() {
        Document page = site.get("/?lang=en").html();

        assertThat(page.select("a[href=/compare/call-center-agent-vs-project-manager]")).isNotEmpty();
        assertThat(page.select("a[href^=/roles/]")).extracting(e -> e.attr("href"))
                .contains("/roles/call-center-agent", "/roles/project-manager");
        assertThat(page.select("a[href^=/dimensions/]")).hasSize(6);
        Element form = page.selectFirst("form.compare-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/compare");
        assertThat(form.select("select[name=a] option, select[name=b] option")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(form.select("label[for=role-a], label[for=role-b]")).hasSize(2);
        assertThat(page.select("section.sources a[href=https://worktile.com/kb/p/3937150]")).hasSize(1);
    }

    @Test
    void rolePageShowsAllSixDimensionsCodesAndLinksToCompare() {
        Document page = site.get("/roles/project-manager?lang=en").html();

        assertThat(page.select("h1").text()).isEqualTo("Project manager");
        assertThat(page.select("section.role-section")).extracting(Element::id)
                .containsExactly("responsibilities", "daily-work", "skills", "kpis", "works-with", "career-path");
        assertThat(page.select("section.role-section")).allSatisfy(s -> assertThat(s.select("ol.points li")).isNotEmpty());
        assertThat(page.text()).contains("13-1082.00", "Project Management Specialists");
        assertThat(page.select(".compare-with a[href=/compare/call-center-agent-vs-project-manager]")).hasSize(1);
        assertThat(page.select("section.sources a[href=https://worktile.com/kb/p/3937150]")).hasSize(1);
    }

    @Test
    void rolePageNotesWhichProjectManagerTheSiteMeans() {
        assertThat(site.get("/roles/project-manager?lang=zh-CN").html().select(".at-a-glance .facts").text())
                .contains("项目经理", "坐席");
    }

    @Test
    void dimensionPageShowsThatDimensionForEveryRole() {
        Document page = site.get("/dimensions/kpis?lang=zh-CN").html();

        assertThat(page.select("h1").text()).isEqualTo("考核指标");
        assertThat(page.select(".side-by-side > section h3")).extracting(Element::text)
                .contains("呼叫中心客服专员", "项目经理").hasSize(25);
        assertThat(page.select(".side-by-side").text()).contains("平均通话时长", "相关方");
        assertThat(page.select(".side-by-side > section")).allSatisfy(s -> assertThat(s.select("ol.points li")).isNotEmpty());
        assertThat(page.select(".toc a[aria-current=page]").attr("href")).isEqualTo("/dimensions/kpis");
        assertThat(page.select("section.sources a[href=https://worktile.com/kb/p/3937150]")).hasSize(1);
    }

    @Test
    void faqGroupsSiteWideAndPerComparisonQuestionsEachWithAnAnchor() {
        Document page = site.get("/faq?lang=en").html();

        assertThat(page.select("#site .faq-item h3")).hasSizeGreaterThanOrEqualTo(3);
        Element group = page.selectFirst("section.faq-list[id^=comparison-]");
        assertThat(group.select("h2 a").attr("href")).isEqualTo("/compare/call-center-agent-vs-project-manager");
        assertThat(group.select(".faq-item h3")).extracting(Element::id)
                .containsExactly("cc-main-function", "pm-role-in-team", "work-environment");
        assertThat(page.select("#work-environment + p").text()).containsIgnoringCase("meetings");
        assertThat(page.select("section.sources a[href=https://worktile.com/kb/p/3937150]")).hasSize(1);
        assertThat(page.select(".faq-item h3 a.anchor")).allSatisfy(a ->
                assertThat(a.attr("href")).isEqualTo("#" + a.parent().id()));
    }

    @Test
    void trimmedRoleAndDimensionAddressesLeadToTheirLists() {
        assertThat(site.get("/roles/").header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/roles"));
        assertThat(site.get("/dimensions/").header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/#dimensions"));
        assertThat(site.get("/").html().select("#roles, #dimensions")).hasSize(2);
    }

    @Test
    void anAddressWithoutLanguageIsItsOwnCanonicalAndTheDefaultAlternate() {
        Document page = site.get("/faq", "Accept-Language", "en").html();

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(Site.PUBLIC_ORIGIN + "/faq");
        assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href")).isEqualTo(Site.PUBLIC_ORIGIN + "/faq");
        assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(Site.PUBLIC_ORIGIN + "/faq?lang=en");
        assertThat(site.get("/faq?lang=en").html().select("link[rel=canonical]").attr("href"))
                .isEqualTo(Site.PUBLIC_ORIGIN + "/faq?lang=en");
    }
}
