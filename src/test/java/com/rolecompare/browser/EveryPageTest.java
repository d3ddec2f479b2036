package com.rolecompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of page, in either language: no wider than the window from 320px up, and nothing loaded from elsewhere. */
class EveryPageTest extends BrowserTest {

    static Stream<Arguments> widths() {
        return Stream.of(320, 390, 768, 1280).flatMap(w -> Stream.of(Arguments.of(w, "zh-CN"), Arguments.of(w, "en")));
    }

    @ParameterizedTest(name = "{0}px in {1}")
    @MethodSource("widths")
    void everyPageFitsTheWindow(int width, String lang) {
        browser.width(width);
        assertThat(browser.script("return window.innerWidth;")).isEqualTo((long) width);
        for (String page : AccessibilityTest.PAGES) {
            browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(browser.lang()).as(page).isEqualTo(lang);
            assertThat(browser.overflow()).as("%s is wider than %dpx by", page, width).isLessThanOrEqualTo(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void loadsNothingFromAnotherOrigin(String lang) {
        browser.width(1280);
        for (String page : AccessibilityTest.PAGES) {
            browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.script(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertThat(loaded).as(page).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
        }
    }
}
