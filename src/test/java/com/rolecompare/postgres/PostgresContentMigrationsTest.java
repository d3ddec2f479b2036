package com.rolecompare.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.rolecompare.content.ContentMigrationsOnAnyDatabase;

/** Every check of ContentMigrationsTest, on the same migrations, run by PostgreSQL. */
@PostgresTest
class PostgresContentMigrationsTest extends ContentMigrationsOnAnyDatabase {

    @Autowired
    JdbcTemplate database;

    @Test
    void runsOnPostgresqlInASchemaOfItsOwn() {
        assertThat(database.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(database.queryForObject("select current_schema()", String.class)).startsWith("test_");
        assertThat(database.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).startsWith("1", "2");
        assertThat(database.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
    }
}
