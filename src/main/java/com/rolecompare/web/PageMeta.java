package com.rolecompare.web;

import java.util.List;

/**
 * What every page's head and language switch need: the page's language, its canonical address,
 * and its address in every language.
 */
public record PageMeta(String lang, String canonicalUrl, String defaultUrl, List<Alternate> alternates) {

    /** The same page in one language; {@code current} marks the language being read. */
    public record Alternate(String lang, String url, String href, boolean current) {
    }
}
