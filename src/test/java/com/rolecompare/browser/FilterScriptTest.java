package com.rolecompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** filter.js filters at once and writes the address the form would load; without JavaScript the form gives the same rows. */
class FilterScriptTest extends BrowserTest {

    static final String PAIR = ReaderJourneysTest.PAIR;
    static final String FILTERED = PAIR + "?dimension=skills&dimension=kpis";

    @Autowired
    MessageSource messages;

    Browser withScript;
    Browser withoutScript;

    @BeforeEach
    void newReaders() {
        withScript = browser;
        withoutScript = withoutScript();
        withScript.reset();
        withoutScript.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void tickingFiltersAtOnceAndWritesTheFormsAddress(String lang) {
        withScript.open(PAIR + "?lang=" + lang);
        Object page = withScript.script("return window.__samePage = 'yes';");

        choose(withScript, "skills", "kpis");

        assertThat(withScript.rows()).containsExactly("skills", "kpis");
        assertThat(withScript.path()).isEqualTo(FILTERED + "&lang=" + lang);
        assertThat(withScript.script("return window.__samePage;")).as("no page load").isEqualTo(page);
        assertThat(withScript.find(".filter__status").getText()).isEqualTo(
                messages.getMessage("filter.status", new Object[] {2, 6}, Locale.forLanguageTag(lang)));
        WebElement viewLink = withScript.find("a[data-copy-link]");
        assertThat(viewLink.getDomAttribute("href")).isEqualTo(withScript.origin() + FILTERED + "&lang=" + lang);
        assertThat(viewLink.getText()).isEqualTo(viewLink.getDomAttribute("href"));
        assertThat(withScript.find(".language-switch a[hreflang='en']").getDomAttribute("href"))
                .isEqualTo(FILTERED + "&lang=en");
        String api = "/api/v1/comparisons/" + PAIR.substring("/compare/".length());
        assertThat(withScript.find(".downloads a[type='text/csv']").getDomAttribute("href"))
                .isEqualTo(api + ".csv?dimension=skills&dimension=kpis&lang=" + lang);
        assertThat(withScript.find(".downloads a[type='application/json']").getDomAttribute("href"))
                .isEqualTo(api + "?dimension=skills&dimension=kpis&lang=" + lang);

        choose(withScript);
        assertThat(withScript.rows()).isEqualTo(ReaderJourneysTest.ALL_ROWS);
        assertThat(withScript.path()).isEqualTo(PAIR + "?lang=" + lang);
        assertThat(withScript.find(".filter__status").getText()).isEmpty();
        assertThat(withScript.find(".downloads a[type='text/csv']").getDomAttribute("href"))
                .isEqualTo(api + ".csv?lang=" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void withoutJavaScriptTheFormGivesTheSameRowsAtTheSameAddress(String lang) {
        withScript.open(PAIR + "?lang=" + lang);
        choose(withScript, "daily-work", "career-path", "responsibilities");
        String scripted = withScript.path();
        List<String> scriptedRows = withScript.rows();

        withoutScript.open(PAIR + "?lang=" + lang);
        assertThat(withoutScript.findAll(".copy-link")).as("filter.js did not run").isEmpty();
        choose(withoutScript, "daily-work", "career-path", "responsibilities");
        assertThat(withoutScript.rows()).as("ticking alone changes nothing").hasSize(6);
        withoutScript.clickAndWait(withoutScript.find("form[data-filter] button[type=submit]"));

        assertThat(withoutScript.path()).isEqualTo(PAIR + "?dimension=responsibilities&dimension=daily-work"
                + "&dimension=career-path");
        assertThat(scripted).isEqualTo(withoutScript.path() + "&lang=" + lang);
        assertThat(withoutScript.rows()).isEqualTo(scriptedRows)
                .containsExactly("responsibilities", "daily-work", "career-path");
        assertThat(withoutScript.lang()).isEqualTo(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void copiesTheLinkToTheView(String lang) {
        withScript.open(FILTERED + "&lang=" + lang);
        withScript.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", withScript.origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        Locale locale = Locale.forLanguageTag(lang);
        WebElement copy = withScript.find(".view-link button.copy-link");
        assertThat(copy.getText()).isEqualTo(messages.getMessage("comparison.copyLink", null, locale));

        copy.click();

        withScript.waitUntil(() -> copy.getText().equals(messages.getMessage("comparison.copied", null, locale)));
        assertThat(withScript.driver().executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[arguments.length - 1]);"))
                .isEqualTo(withScript.origin() + FILTERED + "&lang=" + lang);
    }

    /** Ticks exactly these dimensions' boxes (none: every box unticked). */
    private static void choose(Browser browser, String... keys) {
        for (WebElement box : browser.findAll("form[data-filter] input[type=checkbox]")) {
            if (box.isSelected() != List.of(keys).contains(box.getDomAttribute("value"))) {
                box.click();
            }
        }
    }
}
