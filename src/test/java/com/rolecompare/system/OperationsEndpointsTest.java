package com.rolecompare.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTestCase;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest extends SiteTestCase {

    @Test
    void healthIsUp() {
        Site.Page health = site.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readinessIncludesTheDatabaseAndLivenessIsUp() {
        Site.Page readiness = site.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(site.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void infoNamesTheBuild() {
        Site.Page info = site.get("/actuator/info");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"", "\"version\"", "\"time\"");
    }

    @Test
    void infoNamesTheCommitWhenBuiltFromAGitCheckout() {
        assumeTrue(Files.exists(Path.of(".git")), "built from a copy without .git: no commit to name");
        assertThat(site.get("/actuator/info").body()).containsPattern("\"git\":\\{\"commit\":\\{\"id\":\"[0-9a-f]{7,}\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics",
            "/actuator/loggers", "/actuator/configprops", "/actuator/threaddump", "/actuator/shutdown", "/actuator/mappings"})
    void everyOtherActuatorPathIsAnOrdinary404(String path) {
        Site.Page page = site.get(path, "Accept-Language", "en");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.html().select("html").attr("lang")).isEqualTo("en");
    }
}
