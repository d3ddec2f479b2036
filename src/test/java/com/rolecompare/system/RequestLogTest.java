package com.rolecompare.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolecompare.support.Site;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

    static final String SEED = "/compare/call-center-agent-vs-project-manager";

    @LocalServerPort
    int port;

    @Test
    void writesOneLineWithMethodPathStatusAndDuration(CapturedOutput output) {
        new Site(port).get(SEED + "?dimension=skills&lang=en");
        new Site(port).get("/roles/astronaut");

        assertThat(lines(output, "RequestLog")).anyMatch(line -> line.matches(
                ".* INFO .*GET " + SEED.replace("?", "\\?") + "\\?dimension=skills&lang=en 200 \\d+ms$"));
        assertThat(lines(output, "RequestLog")).anyMatch(line -> line.matches(".* INFO .*GET /roles/astronaut 404 \\d+ms$"));
    }

    @Test
    void cutsALongQueryString(CapturedOutput output) {
        String huge = "x".repeat(5_000); // under Tomcat's 8 KB header limit, so it reaches the application
        new Site(port).get(SEED + "?dimension=" + huge);

        List<String> lines = lines(output, "GET " + SEED + "?dimension=xxx");
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line).matches(".*x… 400 \\d+ms$").doesNotContain(huge);
            assertThat(line.length()).isLessThan(500);
        });
    }

    @Test
    void staticAssetsStayOutOfTheInfoLog(CapturedOutput output) {
        new Site(port).get("/css/site.css");
        new Site(port).get("/actuator/health");

        assertThat(output.getOut()).doesNotContain("GET /css/site.css").doesNotContain("GET /actuator/health");
    }

    private static List<String> lines(CapturedOutput output, String containing) {
        return Arrays.stream(output.getOut().split("\\R")).filter(line -> line.contains(containing)).toList();
    }
}
