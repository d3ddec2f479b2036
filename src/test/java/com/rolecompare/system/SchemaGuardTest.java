package com.rolecompare.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.rolecompare.RoleCompareApplication;

/**
 * Upgrades: an instance refuses to start on a database whose schema it does not know (a newer release's
 * migration, or an applied migration that was edited), says which migration, and changes nothing.
 */
class SchemaGuardTest {

    String url;
    JdbcTemplate jdbc;

    @BeforeEach
    void migratedDatabase() {
        url = "jdbc:h2:mem:guard-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        start().close();
        jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
    }

    @Test
    void refusesASchemaNewerThanTheCode() {
        jdbc.update("""
                insert into "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                    "checksum", "installed_by", "installed_on", "execution_time", "success")
                values (99, '99', 'from a newer release', 'SQL', 'V99__from_a_newer_release.sql', 12345, 'sa',
                    current_timestamp, 1, true)
                """);
        List<Map<String, Object>> before = snapshot();

        assertThatThrownBy(this::start).satisfies(failure ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                        .contains("Validate failed").contains("not resolved locally: 99"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusesAnAppliedMigrationThatWasEdited() {
        jdbc.update("update \"flyway_schema_history\" set \"checksum\" = \"checksum\" + 1 where \"version\" = '2'");
        List<Map<String, Object>> before = snapshot();

        assertThatThrownBy(this::start).satisfies(failure ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                        .contains("checksum mismatch").contains("version 2"));
        assertThat(snapshot()).isEqualTo(before);
    }

    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.queryForList(
                "select \"installed_rank\", \"version\", \"checksum\" from \"flyway_schema_history\" order by 1"));
        rows.addAll(jdbc.queryForList("select revision from content_revision"));
        rows.addAll(jdbc.queryForList("select id, headline from role_point order by id"));
        return rows;
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RoleCompareApplication.class)
                .run("--spring.datasource.url=" + url, "--server.port=0", "--spring.main.banner-mode=off");
    }
}
