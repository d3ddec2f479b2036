package com.rolecompare.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolecompare.support.Site;

/** Any instance can answer any request: no reader page opens an HTTP session (the lang cookie is the only state). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatelessPagesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "/, 200",
            "/?lang=en, 200",
            "/compare/call-center-agent-vs-project-manager?lang=zh-CN, 200",
            "/compare/call-center-agent-vs-project-manager?dimension=skills, 200",
            "/compare/project-manager-vs-call-center-agent, 301",
            "/compare?a=project-manager&b=call-center-agent, 303",
            "/roles/project-manager, 200",
            "/dimensions/skills?lang=en, 200",
            "/faq, 200",
            "/roles/astronaut?lang=en, 404",
            "/compare/project-manager-vs-project-manager, 400"})
    void readerPagesSetNoSessionCookie(String path, int status) {
        Site.Page page = new Site(port).get(path, "Accept-Language", "en");

        assertThat(page.status()).isEqualTo(status);
        List<String> cookies = page.all("Set-Cookie");
        assertThat(cookies).noneMatch(cookie -> cookie.toUpperCase().startsWith("JSESSIONID")
                || cookie.toUpperCase().contains("SESSION="));
        assertThat(cookies).allMatch(cookie -> cookie.startsWith("lang="));
        if (path.contains("lang=")) {
            assertThat(cookies).as("the explicit language is remembered").hasSize(1);
        }
    }
}
