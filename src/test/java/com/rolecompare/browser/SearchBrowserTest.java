package com.rolecompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The header's search box as a WAI-ARIA combobox (suggestions, arrow keys, Enter, Escape), axe-clean with its list
 * open and on the results page; without JavaScript it is a plain GET form that gives the same results page.
 */
class SearchBrowserTest extends BrowserTest {

    Browser withoutScript;

    @BeforeAll
    void buildTheIndexAndStartASecondBrowser() {
        browser.open("/search?q=pm"); // the context's first search builds its index
        withoutScript = Browser.startWithoutJavaScript(port);
    }

    @AfterAll
    void stopSecondBrowser() {
        if (withoutScript != null) {
            withoutScript.close();
        }
    }

    @BeforeEach
    void newReader() {
        browser.reset();
        browser.width(1280);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theResultsPageHasNoViolations(String lang) {
        for (String query : List.of("scrum", "%E5%AE%A2%E6%9C%8D+%E9%A1%B9%E7%9B%AE%E7%BB%8F%E7%90%86", "scrum+mastr", "%21%21")) {
            for (int width : List.of(1280, 390, 320)) {
                browser.width(width);
                browser.open("/search?q=" + query + "&lang=" + lang);
                assertNoViolations(query + " at " + width);
                assertThat(browser.overflow()).as("sideways scrolling at %d px for %s", width, query).isLessThanOrEqualTo(0);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void suggestionsOpenAsAListboxTheKeysMoveThrough(String lang) {
        browser.open("/roles/receptionist?lang=" + lang);
        WebElement box = browser.find("#site-search");
        assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");

        box.sendKeys(lang.equals("en") ? "scr" : "坐");
        browser.waitUntil(() -> "true".equals(box.getDomAttribute("aria-expanded")));

        WebElement list = browser.find("#" + box.getDomAttribute("aria-controls"));
        assertThat(list.getDomAttribute("role")).isEqualTo("listbox");
        assertThat(list.isDisplayed()).isTrue();
        List<WebElement> options = list.findElements(org.openqa.selenium.By.cssSelector("[role=option]"));
        assertThat(options).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(options.get(0).getText()).contains(lang.equals("en") ? "Scrum master" : "坐席");
        assertNoViolations("suggestions open");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(0).getDomAttribute("id"));
        assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
        box.sendKeys(Keys.ARROW_UP);
        assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(options.size() - 1).getDomAttribute("id"));
        box.sendKeys(Keys.ARROW_DOWN);

        box.sendKeys(Keys.ENTER);
        browser.waitUntil(() -> browser.path().startsWith(lang.equals("en") ? "/roles/it-project-manager" : "/roles/call-center-agent"));
    }

    @Test
    void escapeClosesTheListAndEnterWithoutAChoiceSearches() {
        browser.open("/?lang=en");
        WebElement box = browser.find("#site-search");
        box.sendKeys("agent vs pm");
        browser.waitUntil(() -> "true".equals(box.getDomAttribute("aria-expanded")));

        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.find("#site-search-options").isDisplayed()).isFalse();
        assertThat(box.getDomAttribute("aria-activedescendant")).isNull();

        box.sendKeys(Keys.ENTER);
        browser.waitUntil(() -> browser.path().startsWith("/search?q=agent+vs+pm"));
        assertThat(browser.find(".search-pair a").getDomAttribute("href"))
                .isEqualTo("/compare/call-center-agent-vs-project-manager");
    }

    @Test
    void withoutJavaScriptTheBoxIsAPlainFormToTheResultsPage() {
        withoutScript.reset();
        withoutScript.open("/faq?lang=en");
        WebElement box = withoutScript.find("#site-search");
        assertThat(box.getDomAttribute("role")).as("search.js did not run").isNull();
        box.sendKeys("scrum master");

        withoutScript.clickAndWait(withoutScript.find(".site-search button[type=submit]"));

        assertThat(withoutScript.path()).isEqualTo("/search?q=scrum+master");
        assertThat(withoutScript.find(".search-roles .search-hit h3 a").getDomAttribute("href"))
                .isEqualTo("/roles/it-project-manager");
        assertThat(withoutScript.lang()).isEqualTo("en");
    }

    private void assertNoViolations(String where) {
        Results results = new AxeBuilder().withTags(AccessibilityTest.TAGS).analyze(browser.driver());
        assertThat(results.getViolations()).as(() -> where + readable(results.getViolations())).isEmpty();
    }

    private static String readable(List<Rule> violations) {
        return violations.stream().map(rule -> "\n" + rule.getId() + ": " + rule.getHelp() + rule.getNodes().stream()
                .map(node -> "\n    " + node.getTarget() + " " + node.getHtml()).collect(Collectors.joining()))
                .collect(Collectors.joining());
    }
}
