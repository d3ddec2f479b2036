package com.rolecompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The API explorer (swagger-ui) reached from a page's footer lists every operation and runs one, under the site's
 * one Content-Security-Policy: the test fails on any violation the browser reports.
 */
class ApiExplorerTest extends BrowserTest {

    @Test
    void theFooterLeadsToAnExplorerThatListsAndRunsTheApiWithoutAPolicyViolation() {
        browser.reset();
        browser.width(1280);
        browser.open("/?lang=en");
        browser.clickAndWait(browser.find(".site-footer a[href='/swagger-ui/index.html']"));
        browser.waitUntil(() -> browser.findAll(".opblock").size() == 8);

        browser.find("#operations-Roles-dimensions .opblock-summary-control").click();
        browser.waitUntil(() -> !browser.findAll("#operations-Roles-dimensions .try-out__btn").isEmpty());
        browser.find("#operations-Roles-dimensions .try-out__btn").click();
        browser.waitUntil(() -> !browser.findAll("#operations-Roles-dimensions .execute").isEmpty());
        browser.find("#operations-Roles-dimensions .execute").click();
        browser.waitUntil(() -> !browser.findAll("#operations-Roles-dimensions .live-responses-table tr.response .response-col_status")
                .isEmpty());

        assertThat(browser.find("#operations-Roles-dimensions .live-responses-table tr.response .response-col_status").getText())
                .startsWith("200");
        assertThat(browser.find("#operations-Roles-dimensions .live-responses-table .microlight, "
                + "#operations-Roles-dimensions .live-responses-table pre").getText()).contains("responsibilities");
        assertThat(browser.findAll("style")).as("no inline style element in the explorer").isEmpty();
    }
}
