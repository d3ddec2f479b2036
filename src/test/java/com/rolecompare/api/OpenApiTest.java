package com.rolecompare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.rolecompare.support.RawHttp;
import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI 3.1 description lists every endpoint and documents every field; the explorer and the footer link them. */
@SiteTest
class OpenApiTest extends SiteTestCase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode description() {
        Site.Page answer = site.get("/api/v1/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(answer.body());
    }

    @Test
    void describesEveryEndpointOfTheApi() {
        JsonNode openApi = description();

        assertThat(openApi.path("openapi").asString()).startsWith("3.1");
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getBeanType().getPackageName().equals(ApiConfig.class.getPackageName())) {
                endpoints.addAll(mapping.getKey().getPatternValues());
            }
        }
        assertThat(endpoints).hasSize(8).allSatisfy(e -> assertThat(e).startsWith("/api/v1/"));
        assertThat(openApi.path("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(endpoints);
        openApi.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            assertThat(get.path("summary").asString()).as(path.getKey()).isNotBlank();
            assertThat(get.path("responses").propertyNames()).as(path.getKey()).contains("200", "304", "400", "404", "406");
            assertThat(get.path("parameters").values()).extracting(p -> p.path("name").asString()).as(path.getKey())
                    .contains("lang", "Accept-Language", "If-None-Match");
            assertThat(get.path("responses").path("404").path("content").has("application/problem+json")).isTrue();
        });
        JsonNode comparison = openApi.path("paths").path("/api/v1/comparisons/{pair}").path("get");
        assertThat(comparison.path("parameters").values()).extracting(p -> p.path("name").asString()).contains("pair", "dimension");
        assertThat(comparison.path("responses").propertyNames()).contains("301");
        assertThat(openApi.path("paths").path("/api/v1/comparisons/{pair}.csv").path("get").path("responses").path("200")
                .path("content").has("text/csv")).isTrue();
    }

    @Test
    void documentsEveryFieldOfEveryAnswer() {
        JsonNode schemas = description().path("components").path("schemas");

        assertThat(schemas.propertyNames()).contains("RoleList", "RoleDetail", "DimensionList", "ComparisonDetail",
                "FaqList", "MetricList", "MetricDetail", "Problem").doesNotContain("ApiAnswer", "CsvDownload", "PageKey");
        List<String> undocumented = new ArrayList<>();
        schemas.properties().forEach(schema -> schema.getValue().path("properties").properties().forEach(field -> {
            if (field.getValue().path("description").asString().isBlank()) {
                undocumented.add(schema.getKey() + "." + field.getKey());
            }
        }));
        assertThat(undocumented).isEmpty();
        assertThat(schemas.path("ComparisonDetail").path("properties").propertyNames()).contains("pair", "language", "rows",
                "editorial", "figures", "moves", "faq", "sources");
    }

    @Test
    void theOnlyServerIsThePublicAddressWhateverTheRequestSays() {
        RawHttp raw = new RawHttp(port);
        RawHttp.Answer document = raw.get("/api/v1/openapi.json", "Host: evil.example", "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: gopher");
        RawHttp.Answer config = raw.get("/api/v1/openapi.json/swagger-config", "Host: evil.example",
                "X-Forwarded-Host: evil.example");

        assertThat(JSON.readTree(document.body()).path("servers").values()).extracting(s -> s.path("url").asString())
                .containsExactly(Site.PUBLIC_ORIGIN);
        assertThat(document.body() + config.body()).doesNotContain("evil.example", "gopher", "127.0.0.1");
    }

    @Test
    void theExplorerIsServedUnderTheStrictPolicyWithoutInlineScriptOrStyle() {
        Site.Page explorer = site.get("/swagger-ui/index.html");

        assertThat(explorer.status()).isEqualTo(200);
        assertThat(explorer.header("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        Document page = explorer.html();
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("style, [style]")).isEmpty();
        assertThat(site.get("/api/v1/openapi.json/swagger-config").body()).contains("\"url\":\"/api/v1/openapi.json\"",
                "\"layout\":\"BaseLayout\"");
    }

    @Test
    void everyPageLinksTheDescriptionAndTheExplorerInItsFooter() {
        for (String lang : List.of("zh-CN", "en")) {
            Document home = site.get("/?lang=" + lang).html();
            assertThat(home.select(".site-footer a[href=/api/v1/openapi.json]").text()).isNotBlank();
            assertThat(home.select(".site-footer a[href=/swagger-ui/index.html]").text()).isNotBlank();
        }
        assertThat(site.get("/?lang=en").html().select(".site-footer a[href=/swagger-ui/index.html]").text())
                .isEqualTo("Browse the API");
    }
}
