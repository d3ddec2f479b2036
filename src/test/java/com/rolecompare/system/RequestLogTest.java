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

        assertThat(lines(output, "GET " + SEED + "?dimension=skills&lang=en")).anyMatch(line -> line.matches(
                ".* INFO .*GET " + SEED.replace("?", "\\?") + "\\?dimension=skills&lang=en 200 \\d+ms$"));
        assertThat(lines(output, "GET /roles/astronaut")).anyMatch(line -> line.matches(".* INFO .*GET /roles/astronaut 404 \\d+ms$"));
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
        String css = new Site(port).get("/?lang=en").html().select("link[rel=stylesheet]").attr("href");
        assertThat(new Site(port).get(css).status()).isEqualTo(200);
        new Site(port).get("/actuator/health");

        assertThat(output.getOut()).doesNotContain("GET " + css).doesNotContain("GET /actuator/health");
    }

    /**
     * The log lines containing a text, once there is at least one: the line is written after the answer is sent,
     * so a test may read the output before it is there (waits for the state, up to a minute on a busy machine).
     */
    private static List<String> lines(CapturedOutput output, String containing) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        List<String> lines;
        do {
            lines = Arrays.stream(output.getOut().split("\\R")).filter(line -> line.contains(containing)).toList();
            if (!lines.isEmpty()) {
                return lines;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        return lines;
    }
}
