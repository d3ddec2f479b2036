package com.rolecompare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rolecompare.support.Site;
import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A comparison page offers its view as a CSV file and as the API's JSON, with its filter. */
@SiteTest
class ExportsTest extends SiteTestCase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PAGE = "/compare/call-center-agent-vs-project-manager";
    static final String API = "/api/v1/comparisons/call-center-agent-vs-project-manager";

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theCsvHasAByteOrderMarkAHeaderAndOneLinePerPointWithItsTextIntact(String lang) {
        Site.Page file = site.get(API + ".csv?lang=" + lang);
        JsonNode json = JSON.readTree(site.get(API + "?lang=" + lang).body());

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type").orElseThrow()).startsWith("text/csv").contains("charset=UTF-8");
        assertThat(file.header("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"call-center-agent-vs-project-manager-" + lang + ".csv\"");
        assertThat(file.body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> records = parse(file.body().substring(1));
        assertThat(records.get(0)).containsExactlyElementsOf(lang.equals("en")
                ? List.of("Dimension key", "Dimension", "Role key", "Role", "No.", "Point", "Detail", "Source", "Source address")
                : List.of("维度代码", "维度", "岗位代码", "岗位", "序号", "要点", "说明", "来源", "来源网址"));
        List<List<String>> expected = new ArrayList<>();
        json.path("rows").values().forEach(row -> {
            for (String side : List.of("first", "second")) {
                JsonNode points = row.path(side);
                for (int i = 0; i < points.size(); i++) {
                    expected.add(List.of(row.path("dimension").asString(), json.path(side).path("slug").asString(),
                            String.valueOf(i + 1), points.get(i).path("headline").asString(),
                            points.get(i).path("detail").asString("")));
                }
            }
        });
        List<List<String>> data = records.subList(1, records.size());
        assertThat(data).allSatisfy(r -> assertThat(r).hasSize(9));
        assertThat(data).extracting(r -> List.of(r.get(0), r.get(2), r.get(4), r.get(5), r.get(6)))
                .containsExactlyElementsOf(expected);
        assertThat(data).allSatisfy(r -> assertThat(r.get(8)).startsWith("http"));
        if (lang.equals("zh-CN")) {
            assertThat(data.get(0).get(1)).isEqualTo("职能职责");
            assertThat(data.get(0).get(3)).isEqualTo("呼叫中心客服专员");
        } else {
            assertThat(data).anySatisfy(r -> assertThat(r.get(6)).contains(","));
        }
    }

    @Test
    void aFilteredCsvHasOnlyTheChosenDimensionsInDisplayOrder() {
        List<List<String>> records = parse(site.get(API + ".csv?dimension=kpis&dimension=skills&lang=en").body().substring(1));

        assertThat(records.subList(1, records.size()).stream().map(r -> r.get(0)).distinct().toList())
                .containsExactly("skills", "kpis");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void thePageLinksItsViewAsCsvAndAsTheApisJsonKeepingTheFilter(String lang) {
        Document page = site.get(PAGE + "?dimension=kpis&dimension=skills&lang=" + lang).html();

        String csv = page.select(".downloads a[type=text/csv]").attr("href");
        String json = page.select(".downloads a[type=application/json]").attr("href");
        assertThat(csv).isEqualTo(API + ".csv?dimension=skills&dimension=kpis&lang=" + lang);
        assertThat(json).isEqualTo(API + "?dimension=skills&dimension=kpis&lang=" + lang);
        assertThat(page.select(".downloads a[type=text/csv]").hasAttr("download")).isTrue();
        Site.Page exported = site.get(json);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.body()).isEqualTo(site.get(API + "?lang=" + lang + "&dimension=skills&dimension=kpis").body());
        assertThat(site.get(csv).status()).isEqualTo(200);

        Document unfiltered = site.get(PAGE + "?lang=" + lang).html();
        assertThat(unfiltered.select(".downloads a[type=application/json]").attr("href")).isEqualTo(API + "?lang=" + lang);
    }

    /** RFC 4180: records end with CRLF; a quoted cell may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare line break outside quotes").isNotIn('\r', '\n');
                cell.append(c);
            }
        }
        assertThat(cell).as("the last record ends with CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }
}
