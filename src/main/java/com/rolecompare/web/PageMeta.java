package com.rolecompare.web;

import java.util.List;

/**
 * What every page's head and language switch need: the page's language, its canonical address, the address
 * that adapts to the reader, and its address in every language. Absolute addresses start with the configured
 * public origin, never with anything a request says.
 */
public record PageMeta(String lang, String canonicalUrl, String defaultUrl, List<Alternate> alternates) {

    static PageMeta of(String origin, List<String> tags, PageKey key) {
        List<Alternate> alternates = tags.stream()
                .map(tag -> new Alternate(tag, origin + key.hrefIn(tag), key.hrefIn(tag), tag.equals(key.lang())))
                .toList();
        // Each address is its own canonical: the one without ?lang= adapts to the reader (and is x-default).
        return new PageMeta(key.lang(), origin + key.href(), origin + key.adaptiveHref(), alternates);
    }

    /** This page in the language being read, named in the address: what a reader shares to show what they see. */
    public String currentUrl() {
        return alternates.stream().filter(Alternate::current).map(Alternate::url).findFirst().orElse(canonicalUrl);
    }

    /** The same page in one language; {@code current} marks the language being read. */
    public record Alternate(String lang, String url, String href, boolean current) {
    }
}
