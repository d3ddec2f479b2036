package com.rolecompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core finds no WCAG 2.2 AA or best-practice violation on any kind of page, light or dark, in either language. */
class AccessibilityTest extends BrowserTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final List<String> PAGES = List.of("/", ReaderJourneysTest.PAIR,
            ReaderJourneysTest.PAIR + "?dimension=skills&dimension=kpis", "/roles/project-manager",
            "/dimensions/skills", "/faq", "/no-such-page", "/roles", "/compare/data-analyst-vs-receptionist",
            "/compare/administrative-services-manager-vs-construction-project-manager");

    /** Every page in each language: on a desktop light and dark, and on a phone (where targets are smallest). */
    static Stream<Arguments> pages() {
        return PAGES.stream().flatMap(page -> Stream.of("zh-CN", "en").flatMap(lang -> Stream.of(
                Arguments.of(page, lang, "light", 1280), Arguments.of(page, lang, "dark", 1280),
                Arguments.of(page, lang, "light", 390))));
    }

    @ParameterizedTest(name = "{0} in {1}, {2}, {3}px")
    @MethodSource("pages")
    void hasNoViolations(String page, String lang, String scheme, int width) {
        browser.width(width);
        browser.darkMode(scheme.equals("dark"));
        browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches;"))
                .isEqualTo(scheme.equals("dark"));

        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());

        assertThat(results.getViolations()).as(() -> readable(results.getViolations())).isEmpty();
        assertThat(results.getPasses()).extracting(Rule::getId).contains("color-contrast", "html-has-lang");
    }

    private static String readable(List<Rule> violations) {
        return violations.stream().map(rule -> "\n" + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp()
                + " (" + rule.getHelpUrl() + ")" + rule.getNodes().stream()
                        .map(node -> "\n    " + node.getTarget() + "\n      " + node.getHtml()
                                + "\n      " + String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining());
    }
}
