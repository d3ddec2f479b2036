package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

@SiteTest
class ComparisonPageTest extends SiteTestCase {

    static final String SEED = "/compare/call-center-agent-vs-project-manager";
    static final List<String> ALL = List.of("responsibilities", "daily-work", "skills", "kpis", "works-with",
            "career-path");


    @Test
    void showsEveryDimensionAndBothRolesInChinese() {
        Document page = site.get(SEED + "?lang=zh-CN").html();

        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(rowKeys(page)).containsExactlyElementsOf(ALL);
        assertThat(page.select("table.compare-table thead th[scope=col]")).extracting(Element::text)
                .containsExactly("维度", "呼叫中心客服专员", "项目经理");
        assertThat(page.select("table.compare-table tbody th[scope=row] > a")).extracting(Element::text)
                .containsExactly("职能职责", "工作内容", "所需技能", "考核指标", "工作对象", "职业发展路径");
        assertThat(page.select("caption").text()).isNotBlank();
        for (Element row : page.select("table.compare-table tbody tr")) {
            assertThat(row.select("td")).hasSize(2).allSatisfy(cell -> assertThat(cell.select("ol.points li")).isNotEmpty());
        }
    }

    @Test
    void showsEveryDimensionAndBothRolesInEnglish() {
        Document page = site.get(SEED + "?lang=en").html();

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(rowKeys(page)).containsExactlyElementsOf(ALL);
        assertThat(page.select("table.compare-table thead th[scope=col]")).extracting(Element::text)
                .containsExactly("Dimension", "Call-center agent", "Project manager");
        assertThat(page.select("table.compare-table tbody th[scope=row] > a")).extracting(Element::text)
                .containsExactly("Responsibilities", "Daily work", "Skills", "Performance metrics",
                        "Who they work with", "Career path");
    }

    @Test
    void carriesTheSeedFactsReadersLookFor() {
        String zh = site.get(SEED + "?lang=zh-CN").html().select("table.compare-table").text();
        assertThat(zh).contains("WBS", "甘特图", "平均通话时长", "客服主管", "客户服务总监", "项目总监");
        String en = site.get(SEED + "?lang=en").html().select("table.compare-table").text();
        assertThat(en).contains("WBS", "Gantt", "First-attempt answer rate", "Average talk time", "Customer service director", "PMO");
    }

    @Test
    void filterShowsExactlyTheChosenRowsInDimensionOrder() {
        Document page = site.get(SEED + "?dimension=kpis&dimension=skills&lang=en").html();

        assertThat(rowKeys(page)).containsExactly("skills", "kpis");
        assertThat(page.select("input[name=dimension][checked]")).extracting(e -> e.attr("value"))
                .containsExactly("skills", "kpis");
        assertThat(page.select("input[name=dimension]")).hasSize(6);
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo(Site.PUBLIC_ORIGIN + SEED + "?dimension=skills&dimension=kpis&lang=en");
        assertThat(page.select(".filter__actions a").attr("href")).isEqualTo(SEED);
        assertThat(page.title()).contains("2 dimensions");
    }

    @Test
    void filterFormIsAPlainGetFormToThePairsAddress() {
        Element form = site.get(SEED).html().selectFirst("form.filter");

        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo(SEED);
        assertThat(form.select("fieldset > legend").text()).isNotBlank();
        for (Element box : form.select("input[type=checkbox]")) {
            assertThat(form.select("label[for=" + box.id() + "]")).hasSize(1);
        }
    }

    @Test
    void eachRowHasAnAnchorAndTheKeyDifferenceIsSetApart() {
        Document page = site.get(SEED + "?lang=en").html();

        assertThat(page.select("#skills")).hasSize(1);
        Element key = page.selectFirst("section.key-difference");
        assertThat(key.select("h2").text()).contains("Where they differ most", "Responsibilities");
        assertThat(key.select("ol.points li")).isNotEmpty();
        assertThat(page.select("tr.is-key").attr("id")).isEqualTo("responsibilities");
    }

    @Test
    void showsConclusionFaqSourcesAndRoleLinks() {
        Document page = site.get(SEED + "?lang=en").html();

        assertThat(page.select("section.conclusion ol.points li")).isNotEmpty();
        assertThat(page.select("section.faq-list h3")).extracting(Element::id)
                .contains("cc-main-function", "pm-role-in-team", "work-environment");
        assertThat(page.select("section.sources a[href=https://worktile.com/kb/p/3937150]")).hasSize(1);
        assertThat(page.select("section.sources cite").first().text()).isEqualTo("呼叫中心与项目经理区别");
        assertThat(page.select("section.sources time").attr("datetime")).isEqualTo("2026-11-28");
        assertThat(page.select("a[href=/roles/call-center-agent]")).isNotEmpty();
        assertThat(page.select("a[href=/roles/project-manager]")).isNotEmpty();
        assertThat(page.text()).contains("43-4051.00", "13-1082.00", "4-04-05-03");
    }

    @Test
    void languageSwitchKeepsPageAndFilter() {
        Document page = site.get(SEED + "?dimension=skills&dimension=kpis&lang=zh-CN").html();

        Element english = page.selectFirst(".language-switch a[hreflang=en]");
        assertThat(english.attr("href")).isEqualTo(SEED + "?dimension=skills&dimension=kpis&lang=en");
        assertThat(english.text()).isEqualTo("English");
        assertThat(page.selectFirst(".language-switch a[hreflang=zh-CN]").attr("aria-current")).isEqualTo("true");

        Document followed = site.get(english.attr("href")).html();
        assertThat(followed.select("html").attr("lang")).isEqualTo("en");
        assertThat(rowKeys(followed)).containsExactly("skills", "kpis");
    }

    @Test
    void linksItsOtherLanguageVersions() {
        Document page = site.get(SEED + "?lang=en").html();

        assertThat(page.select("link[rel=alternate][hreflang]")).extracting(e -> e.attr("hreflang"))
                .containsExactly("zh-CN", "en", "x-default");
        assertThat(page.select("link[rel=alternate][hreflang=zh-CN]").attr("href"))
                .isEqualTo(Site.PUBLIC_ORIGIN + SEED + "?lang=zh-CN");
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
    }

    @Test
    void reversedPairRedirectsPermanentlyToTheCanonicalAddressKeepingTheFilter() {
        Site.Page response = site.get("/compare/project-manager-vs-call-center-agent?dimension=kpis&dimension=skills&lang=en");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).contains(SEED + "?dimension=skills&dimension=kpis&lang=en");
    }

    @Test
    void compareFormRedirectsToTheCanonicalPair() {
        Site.Page response = site.get("/compare?a=project-manager&b=call-center-agent");

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.header("Location")).contains(SEED);
    }

    @Test
    void readersNeverGetASession() {
        Site.Page response = site.get(SEED + "?dimension=skills");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.all("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void linkToThisViewNamesTheLanguageBeingRead() {
        Document page = site.get(SEED + "?dimension=kpis", "Accept-Language", "en").html();

        assertThat(page.select("a[data-copy-link]").attr("href"))
                .isEqualTo(Site.PUBLIC_ORIGIN + SEED + "?dimension=kpis&lang=en");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(Site.PUBLIC_ORIGIN + SEED + "?dimension=kpis");
    }

    static List<String> rowKeys(Document page) {
        return page.select("table.compare-table tbody tr").eachAttr("id");
    }
}
