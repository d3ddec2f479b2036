package com.rolecompare.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.rolecompare.content.ContentRevisions;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/**
 * The cost of a comparison page does not grow with the catalog: with 200 roles, a comparison that nothing has
 * cached yet runs at most 3 SQL statements (the content revision, the list of slugs, the pair's content), with the
 * page cache and content caches on and with every cache off.
 */
class CatalogScaleTest {

    static final int ROLES = 200;
    static final int MAX_STATEMENTS = 3;
    static final List<String> PAGES = List.of("/compare/call-center-agent-vs-project-manager?lang=en",
            "/compare/fixture-role-0042-vs-fixture-role-0117?lang=zh-CN", "/compare/data-analyst-vs-fixture-role-0003");

    abstract static class WithTwoHundredRoles extends SiteTestCase {

        @Autowired
        JdbcTemplate jdbc;
        @Autowired
        ContentRevisions revisions;
        @Autowired
        EntityManagerFactory entityManagerFactory;

        @BeforeEach
        void twoHundredRoles() {
            int existing = jdbc.queryForObject("select count(*) from role", Integer.class);
            List<Object[]> roles = new ArrayList<>();
            List<Object[]> texts = new ArrayList<>();
            List<Object[]> titles = new ArrayList<>();
            List<Object[]> points = new ArrayList<>();
            for (int i = 0; existing + i < ROLES; i++) {
                long id = 1000 + i;
                String slug = "fixture-role-%04d".formatted(i);
                roles.add(new Object[] {id, slug, 100 + i, 1, "43-4051.00", "exact", "43-4051.00"});
                for (String locale : List.of("zh-CN", "en")) {
                    texts.add(new Object[] {id, locale, locale + " fixture role " + i, "A role of the test fixture."});
                    titles.add(new Object[] {id, locale, 1, "Fixture title " + i, 1});
                    for (int dimension = 1; dimension <= 6; dimension++) {
                        for (int position = 1; position <= 3; position++) {
                            points.add(new Object[] {id * 1000 + dimension * 100 + (locale.equals("en") ? 50 : 0) + position,
                                    id, dimension, locale, position, "Point " + position, "Detail.", 1});
                        }
                    }
                }
            }
            if (roles.isEmpty()) {
                return;
            }
            jdbc.batchUpdate("insert into role (id, slug, position, family_id, onet_code, onet_match, ratings_code) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", roles);
            jdbc.batchUpdate("insert into role_text (role_id, locale, name, description) values (?, ?, ?, ?)", texts);
            jdbc.batchUpdate("insert into role_title (role_id, locale, position, title, source_id) values (?, ?, ?, ?, ?)", titles);
            jdbc.batchUpdate("insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", points);
            assertThat(jdbc.queryForObject("select count(*) from role", Integer.class)).isEqualTo(ROLES);
        }

        @Test
        void aComparisonNothingHasCachedRunsAtMostThreeStatements() {
            Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
            for (String page : PAGES) {
                jdbc.update("update content_revision set revision = revision + 1 where id = 1");
                revisions.expire();
                statistics.clear();

                Site.Page answer = site.get(page);

                assertThat(answer.status()).as(page).isEqualTo(200);
                assertThat(answer.html().select("table.compare-table tbody tr")).as(page).hasSize(6);
                assertThat(statistics.getPrepareStatementCount()).as("statements for %s", page)
                        .isLessThanOrEqualTo(MAX_STATEMENTS);
            }
        }
    }

    @Nested
    @SiteTest
    @TestPropertySource(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
            "rolecompare.revision-check-interval=1h"})
    class CachesOn extends WithTwoHundredRoles {
    }

    @Nested
    @SiteTest
    @TestPropertySource(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
            "rolecompare.revision-check-interval=1h", "rolecompare.cache-enabled=false"})
    class EveryCacheOff extends WithTwoHundredRoles {
    }
}
