package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;

/** With every cache off, a page still reads the database a small, fixed number of times. */
@SiteTest
@TestPropertySource(properties = {"rolecompare.cache-enabled=false",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
class UncachedPagesTest {

    /** Measured: content revision, sources, roles (4), dimensions, editorials (2), FAQ. See docs/performance.md. */
    static final int COMPARISON_STATEMENTS = 10;

    @LocalServerPort
    int port;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aComparisonPageRunsABoundedNumberOfStatements() {
        Site site = new Site(port);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        site.get("/compare/call-center-agent-vs-project-manager?lang=zh-CN");

        statistics.clear();
        Site.Page page = site.get("/compare/call-center-agent-vs-project-manager?lang=zh-CN");

        assertThat(page.status()).isEqualTo(200);
        assertThat(ComparisonPageTest.rowKeys(page.html())).hasSize(6);
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(COMPARISON_STATEMENTS);
        System.out.println("Uncached comparison page: " + statistics.getPrepareStatementCount() + " SQL statements");
    }
}
