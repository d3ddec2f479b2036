package com.rolecompare.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server the tests may use, from ROLECOMPARE_TEST_POSTGRES_URL, _USERNAME and _PASSWORD
 * (.ci/run starts one and sets them). Every test context gets a schema of its own, made here and dropped
 * when the context closes, so test classes never see each other's data and need no database privileges
 * beyond owning one database.
 */
final class TestPostgres {

    static final String URL = "ROLECOMPARE_TEST_POSTGRES_URL";

    private final String url;
    private final String username;
    private final String password;

    private TestPostgres(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** The server named by the environment, if any. */
    static Optional<TestPostgres> fromEnvironment() {
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TestPostgres(url, env("ROLECOMPARE_TEST_POSTGRES_USERNAME"),
                env("ROLECOMPARE_TEST_POSTGRES_PASSWORD")));
    }

    /** The server, or an exception saying how to name one (used once the condition let the test run). */
    static TestPostgres required() {
        return fromEnvironment().orElseThrow(() -> new IllegalStateException(URL + " is not set"));
    }

    static boolean strict() {
        return Boolean.parseBoolean(System.getenv("ROLECOMPARE_STRICT"));
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    /** A new, empty schema with a unique name. */
    String createSchema() {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create schema " + schema);
        return schema;
    }

    void dropSchema(String schema) {
        execute("drop schema if exists " + schema + " cascade");
    }

    /** The JDBC URL whose connections work in that schema (and only there, through search_path). */
    String urlFor(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + sql, e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
