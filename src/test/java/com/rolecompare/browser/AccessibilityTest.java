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
            "/compare/administrative-services-manager-vs-construction-project-manager", "/metrics",
            "/metrics/first-contact-resolution", "/metrics/first-contact-resolution?a=90&b=0");

    /**
     * Every page, once in each language and each colour scheme, on a desktop and on a phone (where targets are
     * smallest); the comparison with the skills chart also in light on a phone and dark on a desktop in Chinese.
     */
    static Stream<Arguments> pages() {
        Stream<Arguments> everyPage = PAGES.stream().flatMap(page -> Stream.of(
                Arguments.of(page, "zh-CN", "light", 1280), Arguments.of(page, "en", "dark", 390)));
        return Stream.concat(everyPage, Stream.of(
                Arguments.of(ReaderJourneysTest.PAIR, "en", "light", 390),
                Arguments.of(ReaderJourneysTest.PAIR, "zh-CN", "dark", 1280)));
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
