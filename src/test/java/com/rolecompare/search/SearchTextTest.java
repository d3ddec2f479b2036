package com.rolecompare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.rolecompare.search.SearchText.Query;
import com.rolecompare.search.SearchText.Unit;

/** What a reader typed, bounded and cut into units before any query is built from it. */
class SearchTextTest {

    @Test
    void controlAndFormatCharactersAreSpacesAndFullWidthIsPlain() {
        Query query = Query.of("\u0000ＰＭ\u200b\u202e\t坐席\u0007");

        assertThat(query.text()).isEqualTo("PM 坐席");
        assertThat(query.units()).containsExactly(new Unit("pm", false), new Unit("坐席", true));
    }

    @Test
    void luceneSyntaxIsJustWordsAndPunctuationIsNothing() {
        assertThat(Query.of("title:*").units()).containsExactly(new Unit("title", false));
        assertThat(Query.of("\"unclosed").units()).containsExactly(new Unit("unclosed", false));
        assertThat(Query.of("a AND OR").units()).as("and, or: words that join two roles").extracting(Unit::text)
                .containsExactly("a");
        assertThat(Query.of("*:* +-&&||!(){}[]^\"~?:\\/").empty()).isTrue();
        assertThat(Query.of(null).empty()).isTrue();
    }

    @Test
    void lengthAndUnitsAreCappedBeforeAnyOtherWork() {
        Query long10k = Query.of("k".repeat(10_240));
        assertThat(long10k.text()).hasSize(SearchText.MAX_CHARS);
        assertThat(long10k.shortened()).isTrue();

        Query thousand = Query.of("manager ".repeat(1_000));
        assertThat(thousand.units()).hasSize(SearchText.MAX_UNITS);
        assertThat(thousand.tooManyUnits()).isTrue();

        Query chinese = Query.of("客服".repeat(100));
        assertThat(chinese.units()).allSatisfy(u -> assertThat(u.text().length()).isLessThanOrEqualTo(SearchText.MAX_HAN_RUN));
        assertThat(Query.of("😀".repeat(300)).text().codePointCount(0, Query.of("😀".repeat(300)).text().length()))
                .isLessThanOrEqualTo(SearchText.MAX_CHARS);
    }

    @Test
    void scriptsAreSeparateUnitsAndSeparatorsAreWordsOfTheirOwn() {
        assertThat(Query.of("IT项目经理").units()).containsExactly(new Unit("it", false), new Unit("项目经理", true));
        assertThat(Query.of("客服和项目经理").words()).containsExactly("客服", "和", "项目经理");
        assertThat(Query.of("agent/pm").words()).containsExactly("agent", "/", "pm");
        assertThat(Query.of("agent vs pm").units()).extracting(Unit::text).containsExactly("agent", "pm");
    }

    @Test
    void exactFormsIgnorePunctuationAndKeepBracketedAbbreviations() {
        assertThat(SearchText.exact("Call-center  agent")).isEqualTo("call center agent");
        assertThat(SearchText.exact("信息技术(IT)项目经理")).isEqualTo("信息技术it项目经理");
        assertThat(SearchText.exactForms("Customer service representative (CSR)"))
                .containsExactly("customer service representative csr", "customer service representative", "csr");
    }

    @Test
    void acronymsAreTheInitialsOfEnglishNames() {
        assertThat(SearchText.acronyms("Project manager")).containsExactly("pm");
        assertThat(SearchText.acronyms("IT project manager")).containsExactly("ipm", "itpm");
        assertThat(SearchText.acronyms("Learning and Development Specialist (L and D Specialist)")).containsExactly("lds");
        assertThat(SearchText.acronyms("Receptionist")).isEmpty();
        assertThat(SearchText.acronyms("产品经理")).isEmpty();
    }

    @Test
    void spellingCorrectsUnknownWordsToTheClosestNameWord() {
        Spelling spelling = new Spelling(Map.of("master", 1, "manager", 5, "project", 4, "receptionist", 1),
                Set.of("master", "manager", "project", "receptionist", "kanban"));

        assertThat(spelling.correct("mastr")).isEqualTo("master");
        assertThat(spelling.correct("projet")).isEqualTo("project");
        assertThat(spelling.correct("recepcionist")).isEqualTo("receptionist");
        assertThat(spelling.correct("manger")).isEqualTo("manager");
        assertThat(spelling.correct("kanban")).as("a known word").isNull();
        assertThat(spelling.correct("pm")).as("too short").isNull();
        assertThat(spelling.correct("zzzzzzzz")).as("nothing close").isNull();
        assertThat(Spelling.distance("mastre", "master", 2)).as("a swap is one edit").isEqualTo(1);
    }

    @Test
    void highlightingMarksStemsAndChineseRunsAndCutsLongTexts() {
        Highlighter highlighter = new Highlighter(Set.of("manag"), List.of("客服"));

        assertThat(highlighter.marks("Managers and 呼叫中心客服专员")).containsExactly(new Mark("Managers", true),
                new Mark(" and 呼叫中心", false), new Mark("客服", true), new Mark("专员", false));
        List<Mark> snippet = highlighter.snippet("x ".repeat(300) + "manager" + " y".repeat(300));
        assertThat(snippet.get(0).text()).isEqualTo(Highlighter.ELLIPSIS);
        assertThat(snippet).contains(new Mark("manager", true));
        assertThat(snippet.stream().mapToInt(m -> m.text().length()).sum()).isLessThan(Highlighter.SNIPPET + 10);
    }
}
