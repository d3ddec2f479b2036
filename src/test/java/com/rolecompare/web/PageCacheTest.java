package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.rolecompare.content.ContentRevisions;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;

/** Pages served like static files: ETags, 304 before rendering, gzip once, bounded memory, never stale. */
@SiteTest
@TestPropertySource(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "rolecompare.revision-check-interval=1h"})
class PageCacheTest {

    static final String SEED = "/compare/call-center-agent-vs-project-manager";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContentRevisions revisions;
    @Autowired
    PageCache pages;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    Site site;

    @BeforeEach
    void site() {
        site = new Site(port);
    }

    @Test
    void unchangedPageIsAnswered304WithoutABody() {
        Site.Page first = site.get(SEED + "?lang=en");
        String etag = first.header("ETag").orElseThrow();

        Site.Page again = site.get(SEED + "?lang=en", "If-None-Match", etag);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).contains(etag);
        assertThat(first.header("Cache-Control").orElseThrow()).contains("no-cache");
    }

    @Test
    void eachLanguageAndFilterHasItsOwnEtag() {
        String zh = site.get(SEED + "?lang=zh-CN").header("ETag").orElseThrow();
        String en = site.get(SEED + "?lang=en").header("ETag").orElseThrow();
        String filtered = site.get(SEED + "?lang=en&dimension=skills").header("ETag").orElseThrow();

        assertThat(List.of(zh, en, filtered)).doesNotHaveDuplicates();
        assertThat(site.get(SEED + "?lang=zh-CN", "If-None-Match", en).status()).isEqualTo(200);
    }

    @Test
    void gzipClientsGetTheSamePageCompressed() throws Exception {
        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(site.origin() + SEED + "?lang=en"))
                        .header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = gunzip(gzipped.body());
        assertThat(html).isEqualTo(site.get(SEED + "?lang=en").body());
        assertThat(gzipped.body().length).isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 3);
        String etag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get(SEED + "?lang=en", "Accept-Encoding", "gzip", "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(site.get(SEED + "?lang=en").header("ETag")).as("the plain page has its own ETag").isNotEqualTo(etag);
    }

    @Test
    void aContentChangeIsVisibleOnTheNextRequest() {
        String headline = "SELECT headline FROM role_point WHERE id = (SELECT min(id) FROM role_point WHERE locale = 'en')";
        String before = jdbc.queryForObject(headline, String.class);
        String etag = site.get(SEED + "?lang=en").header("ETag").orElseThrow();
        try {
            change("Changed by a test");
            revisions.expire();

            Site.Page after = site.get(SEED + "?lang=en", "If-None-Match", etag);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.html().select("table.compare-table").text()).contains("Changed by a test").doesNotContain(before);
        } finally {
            change(before);
            revisions.expire();
        }
        assertThat(site.get(SEED + "?lang=en").html().select("table.compare-table").text()).contains(before);
    }

    @Test
    void badFiltersNeverGrowTheCache() {
        site.get(SEED + "?lang=en");
        long held = pages.size();
        for (int i = 0; i < 200; i++) {
            assertThat(site.get(SEED + "?dimension=bogus" + i).status()).isEqualTo(400);
        }
        assertThat(pages.size()).isEqualTo(held);
    }

    @Test
    void repeatedOrReorderedFiltersShareOnePage() {
        String one = site.get(SEED + "?lang=en&dimension=kpis&dimension=skills").header("ETag").orElseThrow();
        String other = site.get(SEED + "?lang=en&dimension=skills&dimension=kpis&dimension=skills").header("ETag").orElseThrow();

        assertThat(one).isEqualTo(other);
    }

    @Test
    void aCachedComparisonRunsNoSqlAndAColdOneStaysWithinBudget() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        site.get(SEED + "?lang=zh-CN");

        statistics.clear();
        for (int i = 0; i < 20; i++) {
            site.get(SEED + "?lang=zh-CN");
        }
        assertThat(statistics.getPrepareStatementCount()).as("statements for 20 cached requests").isZero();

        jdbc.update("update content_revision set revision = revision + 1 where id = 1");
        revisions.expire();
        statistics.clear();
        site.get(SEED + "?lang=zh-CN");
        assertThat(statistics.getPrepareStatementCount()).as("statements for a cold comparison").isLessThanOrEqualTo(10);
    }

    private void change(String headline) {
        jdbc.update("update role_point set headline = ? where id = (select min(id) from role_point where locale = 'en')",
                headline);
        jdbc.update("update content_revision set revision = revision + 1 where id = 1");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
