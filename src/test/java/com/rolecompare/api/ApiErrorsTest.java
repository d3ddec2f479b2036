package com.rolecompare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolecompare.support.RawHttp;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error at an API address is an RFC 9457 problem detail (never the HTML page, never a stack trace) with the
 * status the page would have and a detail in the reader's language; everywhere else the error page stays.
 */
@SiteTest
class ApiErrorsTest extends SiteTestCase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SEED = "/api/v1/comparisons/call-center-agent-vs-project-manager";

    @ParameterizedTest(name = "{0} is {1} ({3}) in {2}")
    @CsvSource({
            "/api/v1/roles/astronaut, 404, zh-CN, notFound.role, 没有这个代码的岗位",
            "/api/v1/roles/astronaut, 404, en, notFound.role, There is no role with this slug",
            "/api/v1/comparisons/call-center-agent-vs-astronaut, 404, en, notFound.pair, This comparison does not exist",
            "/api/v1/comparisons/nonsense.csv, 404, zh-CN, notFound.pair, 这组对比不存在",
            "/api/v1/metrics/astronaut-time, 404, en, notFound.metric, There is no metric with this key",
            "/api/v1/comparisons/project-manager-vs-project-manager, 400, en, badRequest.sameRole, cannot be compared with itself",
            "/api/v1/comparisons/project-manager-vs-project-manager.csv, 400, zh-CN, badRequest.sameRole, 不能把一个岗位和它自己对比",
            SEED + "?dimension=salary, 400, en, badRequest.unknownDimension, names a key we do not know",
            SEED + ".csv?dimension=salary, 400, zh-CN, badRequest.unknownDimension, 无法识别的代码",
            SEED + "?dimension=%FF%FE, 400, en, badRequest.malformed, malformed",
    })
    void answersWithAProblemInTheReadersLanguage(String path, int status, String lang, String code, String detail) {
        Site.Page answer = site.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, "Accept-Language", lang);

        JsonNode problem = problem(answer, status);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("detail").asString()).contains(detail);
        assertThat(problem.path("instance").asString()).isEqualTo(path.split("\\?")[0]);
        assertThat(answer.header("Content-Language").orElseThrow()).isEqualTo(lang);
    }

    @Test
    void titlesAreTheStatusInTheReadersLanguage() {
        assertThat(problem(site.get("/api/v1/roles/astronaut?lang=en"), 404).path("title").asString()).isEqualTo("Not found");
        assertThat(problem(site.get("/api/v1/roles/astronaut?lang=zh-CN"), 404).path("title").asString()).isEqualTo("未找到");
    }

    @Test
    void tooManyOrTooLongFilterValuesAreBadRequests() {
        assertThat(problem(site.get(SEED + "?" + "dimension=skills&".repeat(30)), 400).path("code").asString())
                .isEqualTo("badRequest.tooManyDimensions");
        assertThat(problem(site.get(SEED + "?dimension=" + "k".repeat(10 * 1024)), 400).path("code").asString())
                .isEqualTo("badRequest.unknownDimension");
    }

    @Test
    void anUnknownApiAddressIsANotFoundProblem() {
        JsonNode problem = problem(site.get("/api/v1/salaries?lang=en"), 404);

        assertThat(problem.path("detail").asString()).contains("/api/v1/openapi.json");
        assertThat(problem.has("code")).isFalse();
        problem(site.get("/api/v2/roles"), 404);
    }

    @Test
    void writingIsAMethodNotAllowedProblemThatSaysWhatIsAllowed() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            Site.Page answer = site.send(HttpRequest.newBuilder(URI.create(site.origin() + "/api/v1/roles?lang=en"))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                    .build());
            JsonNode problem = problem(answer, 405);
            assertThat(problem.path("detail").asString()).as(method).contains("read-only");
            assertThat(answer.header("Allow").orElseThrow()).as(method).contains("GET");
        }
    }

    @Test
    void askingForAnotherFormatIsANotAcceptableProblem() {
        JsonNode problem = problem(site.get("/api/v1/roles?lang=en", "Accept", "text/html"), 406);
        assertThat(problem.path("detail").asString()).contains("application/json");
        problem(site.get(SEED + ".csv", "Accept", "application/xml"), 406);
        assertThat(site.get(SEED + ".csv", "Accept", "text/csv").status()).isEqualTo(200);
        assertThat(site.get("/api/v1/roles", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8").status()).isEqualTo(200);
    }

    /** A request line over 16 KB is refused before its path is read, so it gets the error page wherever it went. */
    @Test
    void whatTheContainerRefusesAtAnApiAddressIsAProblemToo() {
        RawHttp raw = new RawHttp(port);
        for (String target : List.of("/api/v1/roles/%00", "/api/v1/roles/a%2Fb", "/api/v1/roles/%", "/api/v1/roles?lang=%FF",
                "/api/v1/roles/%C0%AF", "/api/v1/roles/" + "x".repeat(12_000))) {
            RawHttp.Answer answer = raw.get(target, "Accept-Language: en");
            assertThat(answer.status()).as(target).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(answer.header("Content-Security-Policy")).as(target).contains("default-src 'self'");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).as(target).isEqualTo(answer.status());
            assertThat(problem.path("detail").asString()).as(target).isNotBlank();
        }
        RawHttp.Answer trace = raw.send("TRACE", "/api/v1/roles", List.of(), null);
        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void errorsElsewhereKeepTheHtmlPage() {
        for (String path : List.of("/roles/astronaut", "/apis/v1/roles", "/compare/a-vs-b")) {
            Site.Page answer = site.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type").orElseThrow()).as(path).contains("text/html");
        }
    }

    /** Checks a problem answer and reads it. */
    static JsonNode problem(Site.Page answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(answer.header("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(answer.body()).doesNotContain("Exception", "at com.", "at org.", "<html", "Whitelabel");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }
}
