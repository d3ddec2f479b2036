package com.rolecompare.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The languages content is written in, and how a requested locale maps onto one of them. */
@Component
public class Languages {

    private final List<String> tags;
    private final List<Locale> locales;

    public Languages(ContentProperties properties) {
        this.tags = List.copyOf(properties.languages());
        this.locales = tags.stream().map(Locale::forLanguageTag).toList();
    }

    public List<String> tags() {
        return tags;
    }

    public Locale defaultLocale() {
        return locales.get(0);
    }

    public String defaultTag() {
        return tags.get(0);
    }

    /** The supported tag for a locale: an exact match, else the same language, else the default. */
    public String tagOf(Locale locale) {
        return find(locale).orElse(defaultTag());
    }

    /** The supported language for a tag such as {@code en}, {@code en-GB} or {@code zh-CN}, if any. */
    public Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        return find(Locale.forLanguageTag(tag.trim())).map(Locale::forLanguageTag);
    }

    /** The best supported language for an Accept-Language header, if any matches. */
    public Optional<Locale> bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 512) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0 || range.getRange().equals("*")) {
                    continue;
                }
                Optional<String> tag = find(Locale.forLanguageTag(range.getRange()));
                if (tag.isPresent()) {
                    return tag.map(Locale::forLanguageTag);
                }
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            // Locale.LanguageRange.parse throws IndexOutOfBoundsException for some malformed headers, such as "-".
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<String> find(Locale wanted) {
        if (wanted == null || wanted.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        String exact = wanted.toLanguageTag();
        for (String tag : tags) {
            if (tag.equalsIgnoreCase(exact)) {
                return Optional.of(tag);
            }
        }
        for (int i = 0; i < tags.size(); i++) {
            if (locales.get(i).getLanguage().equals(wanted.getLanguage())) {
                return Optional.of(tags.get(i));
            }
        }
        return Optional.empty();
    }
}
