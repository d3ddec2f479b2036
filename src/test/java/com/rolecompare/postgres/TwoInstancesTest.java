package com.rolecompare.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.rolecompare.RoleCompareApplication;
import com.rolecompare.support.Site;

/**
 * Two instances on one database, as behind a load balancer: an editor's change (content rows and the
 * revision, in one transaction) reaches both within the revision check interval.
 */
@ExtendWith(PostgresAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    static final Duration CHECK_INTERVAL = Duration.ofMillis(200);
    static final String SEED = "/compare/call-center-agent-vs-project-manager?lang=en";

    TestPostgres server;
    String schema;
    List<ConfigurableApplicationContext> instances;
    JdbcTemplate editor;
    TransactionTemplate transaction;

    @BeforeAll
    void twoInstancesOnOneSchema() {
        server = TestPostgres.required();
        schema = server.createSchema();
        instances = Stream.of(1, 2).map(n -> start()).toList();
        DriverManagerDataSource database = new DriverManagerDataSource(server.urlFor(schema), server.username(),
                server.password());
        editor = new JdbcTemplate(database);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
    }

    @AfterAll
    void stop() {
        if (instances != null) {
            instances.forEach(ConfigurableApplicationContext::close);
        }
        if (schema != null) {
            server.dropSchema(schema);
        }
    }

    @Test
    void bothInstancesServeAnEditWithinTheCheckInterval() throws InterruptedException {
        long pointId = editor.queryForObject("""
                select p.id from role_point p join role r on r.id = p.role_id
                where r.slug = 'project-manager' and p.locale = 'en' order by p.dimension_id, p.position limit 1
                """, Long.class);
        String before = editor.queryForObject("select headline from role_point where id = ?", String.class, pointId);
        String after = "Edited while both instances were running";
        for (Site site : sites()) {
            assertThat(site.get(SEED).body()).contains(before).doesNotContain(after);
        }

        transaction.executeWithoutResult(status -> {
            editor.update("update role_point set headline = ? where id = ?", after, pointId);
            editor.update("update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1");
        });
        long edited = System.nanoTime();

        for (Site site : sites()) {
            Duration seenAfter = waitUntilShown(site, after, CHECK_INTERVAL.multipliedBy(25), edited);
            System.out.printf("%s showed the edit %d ms after the commit%n", site.origin(), seenAfter.toMillis());
            assertThat(seenAfter).as("time until %s shows the edit", site.origin()).isLessThan(CHECK_INTERVAL.multipliedBy(25));
        }
    }

    /** Polls until the page shows the text; the time since the edit, or the deadline if it never does. */
    private static Duration waitUntilShown(Site site, String text, Duration deadline, long since) throws InterruptedException {
        while (System.nanoTime() - since < deadline.toNanos()) {
            if (site.get(SEED).body().contains(text)) {
                return Duration.ofNanos(System.nanoTime() - since);
            }
            Thread.sleep(20);
        }
        return deadline;
    }

    private List<Site> sites() {
        return instances.stream()
                .map(context -> new Site(((WebServerApplicationContext) context).getWebServer().getPort()))
                .toList();
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RoleCompareApplication.class)
                .profiles("postgres")
                .initializers(c -> PostgresSchema.properties(server, schema).applyTo(c))
                .run("--server.port=0", "--spring.main.banner-mode=off",
                        "--rolecompare.revision-check-interval=" + CHECK_INTERVAL.toMillis() + "ms");
        return context;
    }
}
