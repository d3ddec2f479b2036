package com.rolecompare.web;

import java.util.List;

/**
 * What makes one rendered page different from another: its canonical path, its normalised filter and
 * its language. The key space is bounded by the catalog: invalid filters never get a key (they are 400s).
 */
public record PageKey(String path, List<String> dimensions, String lang) {

    public PageKey {
        dimensions = List.copyOf(dimensions);
    }

    long weight() {
        return path.length() + 16L * dimensions.size() + lang.length();
    }
}
