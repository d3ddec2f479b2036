package com.rolecompare.content;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How content is served.
 *
 * @param languages the languages readers can choose, as BCP 47 tags; the first is the default
 * @param cacheEnabled keep assembled content in memory between requests (off: every request reads the database)
 * @param revisionCheckInterval how often an instance asks the database whether content changed;
 *        also the bound on how long another instance's change can stay unseen
 */
@ConfigurationProperties("rolecompare")
public record ContentProperties(
        @DefaultValue({"zh-CN", "en"}) List<String> languages,
        @DefaultValue("true") boolean cacheEnabled,
        @DefaultValue("1s") Duration revisionCheckInterval) {

    public ContentProperties {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("rolecompare.languages must name at least one language");
        }
        languages = languages.stream().map(tag -> Locale.forLanguageTag(tag).toLanguageTag()).toList();
    }
}
