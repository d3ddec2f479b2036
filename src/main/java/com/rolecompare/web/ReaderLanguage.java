package com.rolecompare.web;

import java.util.Locale;

/**
 * The language a request is answered in, resolved once per request by {@link ReaderLanguages}.
 *
 * @param tag the supported language tag, such as {@code zh-CN}
 * @param explicit whether the address names it ({@code ?lang=}); then the answer does not vary by reader
 */
public record ReaderLanguage(String tag, boolean explicit) {

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
