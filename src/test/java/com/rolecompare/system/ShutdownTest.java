package com.rolecompare.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.rolecompare.RoleCompareApplication;
import com.rolecompare.support.Site;

/**
 * On shutdown, readiness turns to "refusing traffic" while the instance still answers, so a balancer
 * that polls readiness stops sending requests before the web server stops accepting them.
 */
class ShutdownTest {

    @Test
    void readinessGoesDownWhileTheInstanceStillAnswers() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RoleCompareApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off",
                        "--spring.datasource.url=jdbc:h2:mem:shutdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Site site = new Site(((WebServerApplicationContext) context).getWebServer().getPort());
        assertThat(site.get("/actuator/health/readiness").status()).isEqualTo(200);
        List<Integer> duringShutdown = new ArrayList<>();
        context.addApplicationListener(event -> {
            if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.REFUSING_TRAFFIC) {
                duringShutdown.add(site.get("/actuator/health/readiness").status());
                duringShutdown.add(site.get("/compare/call-center-agent-vs-project-manager").status());
            }
        });

        context.close();

        assertThat(duringShutdown).as("readiness, then a page, once readiness went down").containsExactly(503, 200);
    }
}
