package com.rolecompare.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTestCase;

/** The site itself on PostgreSQL: the seed comparison, the filter, and the bad-input answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
class PostgresPagesTest extends SiteTestCase {

    static final String SEED = "/compare/call-center-agent-vs-project-manager";


    @Test
    void seedComparisonShowsBothRolesOverEveryDimension() {
        Document page = site.get(SEED + "?lang=zh-CN").html();

        assertThat(page.select("table.compare-table thead th[scope=col]")).extracting(Element::text)
                .containsExactly("维度", "呼叫中心客服专员", "项目经理");
        assertThat(page.select("table.compare-table tbody tr")).extracting(Element::id)
                .containsExactly("responsibilities", "daily-work", "skills", "kpis", "works-with", "career-path");
        assertThat(page.select("table.compare-table").text()).contains("WBS", "甘特图", "首次接通率");
    }

    @Test
    void filterShowsOnlyTheChosenDimensionsInOrder() {
        Document page = site.get(SEED + "?dimension=kpis&dimension=skills&lang=en").html();

        assertThat(page.select("table.compare-table tbody tr")).extracting(Element::id).containsExactly("skills", "kpis");
    }

    @Test
    void unknownRoleIs404AndARoleAgainstItselfIs400() {
        assertThat(site.get("/roles/astronaut?lang=en").status()).isEqualTo(404);
        assertThat(site.get("/compare/call-center-agent-vs-astronaut").status()).isEqualTo(404);
        assertThat(site.get("/compare/project-manager-vs-project-manager").status()).isEqualTo(400);
        assertThat(site.get(SEED + "?dimension=salary").status()).isEqualTo(400);
    }

    @Test
    void readinessIncludesPostgresql() {
        Site.Page readiness = site.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }
}
