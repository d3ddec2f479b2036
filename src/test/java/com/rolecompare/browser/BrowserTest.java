package com.rolecompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site and one headless Chromium for the whole test class. The site's public address is the address the browser
 * uses, so shared links and canonical addresses can be followed; every test fails on a Content-Security-Policy
 * violation the browser reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ChromiumAvailable.class)
abstract class BrowserTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void publicAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("rolecompare.public-url", () -> "http://127.0.0.1:" + PORT);
    }

    final int port = PORT;

    Browser browser;
    private Browser withoutScript;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    /** A second browser, with JavaScript switched off, started on first use and closed with the first. */
    Browser withoutScript() {
        if (withoutScript == null) {
            withoutScript = Browser.startWithoutJavaScript(port);
        }
        return withoutScript;
    }

    @AfterEach
    void noPolicyViolation() {
        if (browser != null) {
            assertThat(browser.policyViolations()).as("Content-Security-Policy violations").isEmpty();
        }
    }

    @AfterAll
    void stopBrowser() {
        for (Browser each : new Browser[] {browser, withoutScript}) {
            if (each != null) {
                each.close();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
