package com.rolecompare.web;

import java.util.List;

/**
 * What makes one rendered page different from another: its canonical path, its normalised filter,
 * its language, and whether the address names that language (which changes its canonical link).
 * The key space is bounded by the catalog: invalid filters never get a key (they are 400s).
 */
public record PageKey(String path, List<String> dimensions, String lang, boolean explicitLanguage) {

    public PageKey {
        dimensions = List.copyOf(dimensions);
    }

    public PageKey(String path, List<String> dimensions, String lang) {
        this(path, dimensions, lang, false);
    }

    PageKey explicitLanguage(boolean explicit) {
        return explicit == explicitLanguage ? this : new PageKey(path, dimensions, lang, explicit);
    }

    long weight() {
        return path.length() + 16L * dimensions.size() + lang.length();
    }
}
