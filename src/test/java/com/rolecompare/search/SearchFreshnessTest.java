package com.rolecompare.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.rolecompare.content.ContentRevisions;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** The index follows the content: an edit that bumps the revision is found by the next search, the old text is not. */
@SiteTest
@TestPropertySource(properties = {"rolecompare.revision-check-interval=1h", "rolecompare.search.index-at-start=true"})
@DirtiesContext
class SearchFreshnessTest extends SiteTestCase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContentRevisions revisions;
    @Autowired
    SearchIndex index;

    @Test
    void anEditedDescriptionIsFoundOnceTheRevisionMoves() {
        long before = index.current().revision();
        assertThat(firstRole("quokkaherder")).isNull();
        assertThat(firstRole("袋鼠饲养员")).isNull();

        jdbc.update("update role_text set description = description || ' Quokkaherder duties.' where role_id = 8 and locale = 'en'");
        jdbc.update("update role_text set description = description || '兼任袋鼠饲养员。' where role_id = 8 and locale = 'zh-CN'");
        assertThat(firstRole("quokkaherder")).as("not before the revision moves").isNull();

        jdbc.update("update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1");
        revisions.expire();

        assertThat(firstRole("quokkaherder")).isEqualTo("/roles/receptionist");
        assertThat(firstRole("袋鼠饲养员")).isEqualTo("/roles/receptionist");
        assertThat(index.current().revision()).isEqualTo(before + 1);
    }

    private String firstRole(String query) {
        return site.get("/search?lang=en&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                .html().select(".search-roles .search-hit h3 a").eachAttr("href").stream().findFirst().orElse(null);
    }
}
