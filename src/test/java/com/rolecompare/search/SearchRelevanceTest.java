package com.rolecompare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import com.rolecompare.support.SiteTest;
import com.rolecompare.support.SiteTestCase;

/**
 * The role a reader means comes first, by the name they use: names, other titles, abbreviations, typos, in Chinese
 * and in English; passages link to the exact place; two roles named together offer their comparison.
 */
@SiteTest
class SearchRelevanceTest extends SiteTestCase {

    @Autowired
    SearchIndex index;

    /** The first search of a context builds its index: done here, so that no request waits for it. */
    @BeforeEach
    void indexBuilt() {
        index.current();
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            坐席                 | zh-CN | call-center-agent
            话务员               | zh-CN | call-center-agent
            产品经理             | zh-CN | product-manager
            项目经理             | zh-CN | project-manager
            客服组长             | zh-CN | customer-service-team-leader
            电销                 | zh-CN | telemarketer
            前台                 | zh-CN | receptionist
            HR专员               | zh-CN | hr-specialist
            软件工程师           | zh-CN | software-developer
            数据分析             | zh-CN | data-analyst
            IT项目经理           | zh-CN | it-project-manager
            人事                 | zh-CN | hr-specialist
            PM                   | en    | project-manager
            pm                   | zh-CN | project-manager
            scrum master         | en    | it-project-manager
            Scrum Master         | zh-CN | it-project-manager
            scrum mastr          | en    | it-project-manager
            projet manager       | en    | project-manager
            call center agent    | en    | call-center-agent
            CSR                  | en    | call-center-agent
            help desk            | en    | technical-support-specialist
            recruiter            | en    | hr-specialist
            developer            | en    | software-developer
            product manager      | en    | product-manager
            consultant           | en    | management-consultant
            recepcionist         | en    | receptionist
            sales managers       | en    | sales-manager
            construction manager | en    | construction-project-manager
            坐席                 | en    | call-center-agent
            telemarketer         | zh-CN | telemarketer
            """)
    void theRoleMeantComesFirst(String query, String lang, String slug) {
        Document page = search(query, lang);

        assertThat(page.select(".search-roles .search-hit h3 a").eachAttr("href")).as(query).first()
                .isEqualTo("/roles/" + slug);
    }

    @ParameterizedTest(name = "{0} ({1}) -> did you mean {2}")
    @CsvSource(delimiter = '|', textBlock = """
            scrum mastr     | en    | scrum master
            projet manager  | en    | project manager
            recepcionist    | zh-CN | receptionist
            """)
    void englishTyposOfferTheWordMeant(String query, String lang, String meant) {
        Document page = search(query, lang);

        assertThat(page.select(".did-you-mean a").text()).isEqualTo(meant);
        assertThat(page.select(".did-you-mean a").attr("href")).isEqualTo("/search?q=" + meant.replace(" ", "%20"));
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            客服 项目经理                       | zh-CN | /compare/call-center-agent-vs-project-manager
            agent vs pm                         | en    | /compare/call-center-agent-vs-project-manager
            坐席 对比 组长                      | zh-CN | /compare/call-center-agent-vs-customer-service-team-leader
            product manager vs project manager  | en    | /compare/product-manager-vs-project-manager
            data analyst software developer     | en    | /compare/data-analyst-vs-software-developer
            """)
    void twoRolesNamedTogetherOfferTheirComparison(String query, String lang, String path) {
        Document page = search(query, lang);

        assertThat(page.select(".search-pair a").attr("href")).isEqualTo(path);
    }

    @ParameterizedTest(name = "{0} ({1}) offers no comparison")
    @CsvSource(delimiter = '|', textBlock = """
            project manager      | en
            scrum master         | en
            customer service     | en
            呼叫中心 项目经理     | zh-CN
            """)
    void oneRoleNamedInSeveralWordsIsNotAPair(String query, String lang) {
        assertThat(search(query, lang).select(".search-pair")).as(query).isEmpty();
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AHT              | en    | /metrics/average-handle-time
            平均处理时长      | zh-CN | /metrics/average-handle-time
            """)
    void aMetricByItsAbbreviationOrNameIsTheFirstPassage(String query, String lang, String url) {
        Document page = search(query, lang);

        assertThat(page.select(".search-passages .search-hit h3 a").eachAttr("href")).as(query).first()
                .isEqualTo(url);
    }

    private Document search(String query, String lang) {
        var response = site.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang=" + lang);
        assertThat(response.status()).as(query).isEqualTo(200);
        return response.html();
    }
}
