package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rolecompare.support.RawHttp;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/** The security headers are on every kind of answer, whoever writes it. */
@SiteTest
class SecurityHeadersTest extends SiteTestCase {

    static final String SEED = "/compare/call-center-agent-vs-project-manager";

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        RawHttp raw = new RawHttp(port);
        String etag = site.get(SEED + "?lang=en").header("ETag").orElseThrow();
        String css = site.get("/?lang=en").html().select("link[rel=stylesheet]").attr("href");
        Map<String, RawHttp.Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("page", raw.get(SEED + "?lang=en"));
        answers.put("page from memory", raw.get(SEED + "?lang=en"));
        answers.put("304", raw.get(SEED + "?lang=en", "If-None-Match: " + etag));
        answers.put("HEAD", raw.send("HEAD", "/faq", List.of(), null));
        answers.put("301", raw.get("/compare/project-manager-vs-call-center-agent"));
        answers.put("303", raw.get("/compare?a=project-manager&b=call-center-agent"));
        answers.put("404", raw.get("/roles/astronaut"));
        answers.put("400", raw.get(SEED + "?dimension=salary"));
        answers.put("400 undecodable", raw.get(SEED + "?dimension=%FF"));
        answers.put("400 container", raw.get("/compare/%00-vs-x"));
        answers.put("405", raw.send("POST", SEED, List.of(), new byte[0]));
        answers.put("asset", raw.get(css));
        answers.put("health", raw.get("/actuator/health"));
        answers.put("API", raw.get("/api/v1/roles?lang=en"));
        answers.put("API 304", raw.get("/api/v1/roles?lang=en", "If-None-Match: "
                + site.get("/api/v1/roles?lang=en").header("ETag").orElseThrow()));
        answers.put("API CSV", raw.get("/api/v1/comparisons/call-center-agent-vs-project-manager.csv"));
        answers.put("API problem", raw.get("/api/v1/roles/astronaut"));
        answers.put("API problem from the container", raw.get("/api/v1/roles/%00"));
        answers.put("OpenAPI description", raw.get("/api/v1/openapi.json"));
        answers.put("API explorer", raw.get("/swagger-ui/index.html"));
        answers.put("API explorer script", raw.get("/swagger-ui/swagger-ui-bundle.js"));
        answers.forEach((kind, answer) -> {
            assertThat(answer.header("Content-Security-Policy")).as(kind)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'",
                            "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(answer.header("X-Content-Type-Options")).as(kind).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(kind).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.header("Permissions-Policy")).as(kind).contains("camera=()", "geolocation=()");
            assertThat(answer.header("Cross-Origin-Opener-Policy")).as(kind).isEqualTo("same-origin");
            assertThat(answer.header("Server")).as(kind).isNull();
        });
        assertThat(answers.get("304").status()).isEqualTo(304);
        assertThat(answers.get("API 304").status()).isEqualTo(304);
        assertThat(answers.get("API explorer").status()).isEqualTo(200);
        assertThat(answers.get("400 container").status()).isEqualTo(400);
    }

    @Test
    void pagesCarryNoInlineScriptOrStyle() {
        for (String path : List.of("/?lang=en", SEED + "?lang=zh-CN", "/faq", "/roles/project-manager", "/dimensions/kpis",
                "/roles/astronaut", "/swagger-ui/index.html")) {
            var page = site.get(path).html();
            assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as(path).isEmpty();
            assertThat(page.select("style, [style]")).as(path).isEmpty();
            assertThat(page.select("[onclick], [onload], [onerror], [onsubmit], [onchange]")).as(path).isEmpty();
        }
    }
}
