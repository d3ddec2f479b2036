package com.rolecompare.postgres;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Gives a test context a fresh schema on the test server, migrated by the application's own Flyway run,
 * and drops it when the context closes (after the class, with @DirtiesContext), or at the latest when the JVM exits.
 */
class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres server = TestPostgres.required();
        String schema = server.createSchema();
        properties(server, schema).applyTo(context);
        AtomicBoolean dropped = new AtomicBoolean();
        Runnable drop = () -> {
            if (dropped.compareAndSet(false, true)) {
                server.dropSchema(schema);
            }
        };
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                drop.run();
            }
        });
        // a context that fails to start is never closed: its schema goes when the JVM does
        Runtime.getRuntime().addShutdownHook(new Thread(drop, "drop-" + schema));
    }

    /** The properties that point an application at one schema, as the postgres profile's environment would. */
    static TestPropertyValues properties(TestPostgres server, String schema) {
        return TestPropertyValues.of(
                "spring.datasource.url=" + server.urlFor(schema),
                "spring.datasource.username=" + server.username(),
                "spring.datasource.password=" + server.password(),
                "spring.flyway.default-schema=" + schema,
                "spring.datasource.hikari.maximum-pool-size=4");
    }
}
