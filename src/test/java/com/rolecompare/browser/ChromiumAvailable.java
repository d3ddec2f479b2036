package com.rolecompare.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where Chromium and ChromeDriver are installed. Where they are not, the
 * class is skipped with a message, or fails when {@code ROLECOMPARE_STRICT=true} (as in CI).
 * Evaluated before the class starts, so a skipped class starts neither the application nor a browser.
 */
class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ROLECOMPARE_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("ROLECOMPARE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
        }
        String message = "Browser tests need " + missing + " (Debian packages chromium and chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("ROLECOMPARE_STRICT"))) {
            throw new IllegalStateException(message + "; ROLECOMPARE_STRICT=true makes its absence a failure");
        }
        return ConditionEvaluationResult.disabled(message + ": skipped; set ROLECOMPARE_STRICT=true to fail instead");
    }
}
