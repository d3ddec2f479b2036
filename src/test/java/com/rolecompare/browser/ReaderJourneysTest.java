package com.rolecompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** What a reader does in a real browser, at phone, tablet and desktop widths, in both languages. */
class ReaderJourneysTest extends BrowserTest {

    static final String PAIR = "/compare/call-center-agent-vs-project-manager";
    static final List<String> ALL_ROWS = List.of("responsibilities", "daily-work", "skills", "kpis", "works-with",
            "career-path");

    @Autowired
    MessageSource messages;

    @BeforeEach
    void newReader() {
        browser.reset();
    }

    static Stream<Arguments> widthsAndLanguages() {
        return Stream.of(390, 768, 1280).flatMap(w -> Stream.of(Arguments.of("zh-CN", w), Arguments.of("en", w)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("widthsAndLanguages")
    void filtersSharesSwitchesLanguageAndShowsAllAgain(String lang, int width) {
        browser.width(width);
        browser.open("/?lang=" + lang);
        assertThat(browser.lang()).isEqualTo(lang);
        browser.screenshot("home-" + lang + "-" + width);

        browser.clickAndWait(browser.find(".home .cards a[href^='/compare/']"));
        assertThat(browser.path()).isEqualTo(PAIR);
        assertThat(browser.rows()).isEqualTo(ALL_ROWS);
        browser.screenshot("comparison-" + lang + "-" + width);

        for (WebElement box : browser.findAll("form[data-filter] input[type=checkbox]")) {
            boolean wanted = List.of("skills", "kpis").contains(box.getDomAttribute("value"));
            if (box.isSelected() != wanted) {
                box.click();
            }
        }
        browser.clickAndWait(browser.find("form[data-filter] button[type=submit]"));
        assertThat(browser.path()).isEqualTo(PAIR + "?dimension=skills&dimension=kpis");
        assertThat(browser.rows()).containsExactly("skills", "kpis");
        assertThat(browser.find(".filter__status").getText()).isEqualTo(status(lang, 2));
        browser.screenshot("comparison-filtered-" + lang + "-" + width);

        String shared = browser.find("a[data-copy-link]").getDomAttribute("href");
        assertThat(shared).isEqualTo(browser.origin() + PAIR + "?dimension=skills&dimension=kpis&lang=" + lang);
        browser.driver().navigate().to(shared);
        assertThat(browser.rows()).containsExactly("skills", "kpis");
        assertThat(browser.lang()).isEqualTo(lang);

        String other = lang.equals("en") ? "zh-CN" : "en";
        browser.clickAndWait(browser.find(".language-switch a[hreflang='" + other + "']"));
        assertThat(browser.lang()).isEqualTo(other);
        assertThat(browser.path()).isEqualTo(PAIR + "?dimension=skills&dimension=kpis&lang=" + other);
        assertThat(browser.rows()).containsExactly("skills", "kpis");
        assertThat(browser.find(".filter__status").getText()).isEqualTo(status(other, 2));

        browser.clickAndWait(browser.find(".filter__actions a"));
        assertThat(browser.path()).isEqualTo(PAIR);
        assertThat(browser.rows()).isEqualTo(ALL_ROWS);
        assertThat(browser.lang()).isEqualTo(other);
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("widthsAndLanguages")
    void goesFromRoleToComparisonToFaqAnswerAndBackFromA404(String lang, int width) {
        browser.width(width);
        browser.open("/roles/project-manager?lang=" + lang);
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.find("h1").getText()).isNotBlank();
        browser.screenshot("role-" + lang + "-" + width);

        browser.clickAndWait(browser.find(".compare-with a"));
        assertThat(browser.path()).isEqualTo(PAIR);
        assertThat(browser.rows()).isEqualTo(ALL_ROWS);

        browser.open("/dimensions/skills");
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.findAll(".side-by-side > section")).hasSize(25);
        browser.screenshot("dimension-" + lang + "-" + width);

        browser.open("/faq#work-environment");
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.script("return document.querySelector(':target').id;")).isEqualTo("work-environment");
        assertThat(browser.script("var r = document.getElementById('work-environment').getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;")).isEqualTo(true);
        assertThat(browser.find("#work-environment + p").getText()).isNotBlank();
        browser.screenshot("faq-" + lang + "-" + width);

        browser.open("/compre/call-center-agent-vs-project-manager");
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.find(".status-code").getText()).isEqualTo("404");
        assertThat(browser.driver().getTitle()).isEqualTo(message(lang, "error.404.title"));
        browser.screenshot("404-" + lang + "-" + width);
        browser.clickAndWait(browser.find(".onward a[href='/']"));
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find("h1").getText()).isEqualTo(message(lang, "home.heading"));
    }

    private String status(String lang, int shown) {
        return messages.getMessage("filter.status", new Object[] {shown, ALL_ROWS.size()}, Locale.forLanguageTag(lang));
    }

    private String message(String lang, String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag(lang));
    }
}
