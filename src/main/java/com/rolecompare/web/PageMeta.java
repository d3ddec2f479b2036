package com.rolecompare.web;

import java.util.List;

/**
 * What every page's head and language switch need: the page's language, its canonical address,
 * and its address in every language.
 */
public record PageMeta(String lang, String canonicalUrl, String defaultUrl, List<Alternate> alternates) {

    /** This page in the language being read, named in the address: what a reader shares to show what they see. */
    public String currentUrl() {
        return alternates.stream().filter(Alternate::current).map(Alternate::url).findFirst().orElse(canonicalUrl);
    }

    /** The same page in one language; {@code current} marks the language being read. */
    public record Alternate(String lang, String url, String href, boolean current) {
    }
}
