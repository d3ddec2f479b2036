package com.rolecompare.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** Any two roles of the catalog can be compared: a third role from a test fixture, with no editorial. */
@SiteTest
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/fixture")
class ThirdRoleTest extends SiteTestCase {

    @Test
    void comparesTheThirdRoleWithEachSeedRoleInCanonicalOrder() {
        assertThat(site.get("/compare/call-center-agent-vs-data-analyst").status()).isEqualTo(200);
        assertThat(site.get("/compare/data-analyst-vs-project-manager").status()).isEqualTo(200);
        Site.Page reversed = site.get("/compare/data-analyst-vs-call-center-agent");
        assertThat(reversed.status()).isEqualTo(301);
        assertThat(reversed.header("Location")).contains("/compare/call-center-agent-vs-data-analyst");
    }

    @Test
    void aPairWithoutEditorialIsAPlainSideBySideComparison() {
        Document page = site.get("/compare/data-analyst-vs-project-manager?lang=en").html();

        assertThat(page.select("h1").text()).isEqualTo("Data analyst vs Project manager");
        assertThat(page.select("section.key-difference, section.conclusion, tr.is-key")).isEmpty();
        assertThat(page.select("table.compare-table tbody tr")).hasSize(6);
        Element skills = page.selectFirst("tr#skills");
        assertThat(skills.select("td").get(0).text()).contains("Fluent in SQL");
        Element career = page.selectFirst("tr#career-path");
        assertThat(career.select("td").get(0).select(".empty").text()).isEqualTo("Nothing here yet.");
        assertThat(career.select("td").get(1).select("ol.points li")).isNotEmpty();
        assertThat(page.select("section.sources a[href=https://worktile.com/kb/p/3937150]")).hasSize(1);
    }

    @Test
    void filterWorksOnAnyPair() {
        Document page = site.get("/compare/call-center-agent-vs-data-analyst?dimension=skills&lang=zh-CN").html();

        assertThat(page.select("table.compare-table tbody tr").eachAttr("id")).containsExactly("skills");
    }

    @Test
    void rolePagesOfferEveryOtherRole() {
        Document page = site.get("/roles/data-analyst?lang=en").html();

        assertThat(page.select(".compare-with a")).extracting(e -> e.attr("href"))
                .containsExactly("/compare/call-center-agent-vs-data-analyst", "/compare/data-analyst-vs-project-manager");
    }

    @Test
    void homeFormOffersTheThirdRole() {
        assertThat(site.get("/").html().select("select[name=a] option[value=data-analyst]")).hasSize(1);
    }
}
