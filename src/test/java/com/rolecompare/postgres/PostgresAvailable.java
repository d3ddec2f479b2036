package com.rolecompare.postgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when a PostgreSQL server is named; without one, skips it with a message,
 * or, when ROLECOMPARE_STRICT=true (as in CI), fails it.
 */
class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestPostgres.fromEnvironment().isPresent()) {
            return ConditionEvaluationResult.enabled("PostgreSQL is named by " + TestPostgres.URL);
        }
        String message = TestPostgres.URL + " is not set: the PostgreSQL tests need a server"
                + " (see README, PostgreSQL; .ci/run starts one)";
        if (TestPostgres.strict()) {
            throw new IllegalStateException(message + ", and ROLECOMPARE_STRICT=true makes that a failure");
        }
        return ConditionEvaluationResult.disabled(message + "; skipped");
    }
}
