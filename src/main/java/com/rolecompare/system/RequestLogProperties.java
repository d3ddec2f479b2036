package com.rolecompare.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request log.
 *
 * @param enabled write one line per request
 * @param maxTargetLength the longest path-and-query written; longer ones are cut and marked with an ellipsis
 */
@ConfigurationProperties("rolecompare.request-log")
public record RequestLogProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200") int maxTargetLength) {

    public RequestLogProperties {
        if (maxTargetLength < 20) {
            throw new IllegalArgumentException("rolecompare.request-log.max-target-length must be at least 20");
        }
    }
}
