package com.rolecompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/** A metric's calculator answers as the reader types, and the plain form gives the same result without JavaScript. */
class CalculatorScriptTest extends BrowserTest {

    static final String METRIC = "/metrics/first-contact-resolution";

    Browser withoutScript;

    @BeforeEach
    void newReaders() {
        withoutScript = withoutScript();
        browser.reset();
        withoutScript.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void typingGivesTheResultAtOnceAndTheFormGivesTheSameWithoutScript(String lang) {
        browser.open(METRIC + "?lang=" + lang);
        Object page = browser.script("return window.__samePage = 'yes';");
        type(browser, "a", "90");
        type(browser, "b", "120");

        browser.waitUntil(() -> "75".equals(browser.find("output").getText()));
        assertThat(browser.script("return window.__samePage;")).as("no page load").isEqualTo(page);
        assertThat(browser.path()).isEqualTo(METRIC + "?a=90&b=120");

        withoutScript.open(METRIC + "?lang=" + lang);
        type(withoutScript, "a", "90");
        type(withoutScript, "b", "120");
        assertThat(withoutScript.find("output").getText()).as("typing alone changes nothing").isEmpty();
        withoutScript.clickAndWait(withoutScript.find("form[data-calculator] button[type=submit]"));
        assertThat(withoutScript.path()).isEqualTo(METRIC + "?a=90&b=120");
        assertThat(withoutScript.find("output").getText()).isEqualTo("75");
        assertThat(withoutScript.lang()).isEqualTo(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aZeroDenominatorIsExplainedNextToItsField(String lang) {
        withoutScript.open(METRIC + "?lang=" + lang);
        type(withoutScript, "a", "90");
        type(withoutScript, "b", "0");
        withoutScript.clickAndWait(withoutScript.find("form[data-calculator] button[type=submit]"));

        WebElement field = withoutScript.find("#input-b");
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(withoutScript.find("#" + field.getDomAttribute("aria-describedby")).getText()).isNotBlank();
        assertThat(withoutScript.find("output").getText()).isEmpty();
    }

    private static void type(Browser browser, String field, String value) {
        WebElement input = browser.find("#input-" + field);
        input.clear();
        input.sendKeys(value);
    }
}
