package com.rolecompare.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes one page different from another: its canonical path, its normalised filter, its language, and
 * whether the address names that language (which changes its canonical link and what it varies by).
 * The key space is bounded by the catalog: only pages that were served get a key, and bad input never is.
 */
public record PageKey(String path, List<String> dimensions, String lang, boolean explicitLanguage) {

    private static final Pattern DIMENSION = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public PageKey {
        dimensions = List.copyOf(dimensions);
    }

    public static PageKey of(String path, List<String> dimensions, ReaderLanguage language) {
        return new PageKey(path, dimensions, language.tag(), language.explicit());
    }

    public static PageKey of(String path, ReaderLanguage language) {
        return of(path, List.of(), language);
    }

    /**
     * The key of a request whose address is already in canonical form (the form every link on the site uses),
     * or null: the fast path answers only such addresses, so it never grows with what readers type.
     */
    static PageKey ofCanonicalAddress(String path, String rawQuery, ReaderLanguage language) {
        List<String> dimensions = new ArrayList<>();
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&", 30)) {
                if (parameter.startsWith("dimension=") && DIMENSION.matcher(parameter.substring(10)).matches()) {
                    dimensions.add(parameter.substring(10));
                } else if (!parameter.equals(ReaderLanguages.PARAMETER + "=" + language.tag())) {
                    return null;
                }
            }
        }
        PageKey key = of(path, dimensions, language);
        String address = rawQuery == null ? path : path + "?" + rawQuery;
        return key.href().equals(address) ? key : null;
    }

    /** The page's own address, relative: path, chosen dimensions, and {@code lang} if the address names it. */
    public String href() {
        return explicitLanguage ? hrefIn(lang) : adaptiveHref();
    }

    /** This page's address in a language. */
    public String hrefIn(String tag) {
        return address(tag);
    }

    /** The address without a language: it adapts to the reader (and is the x-default). */
    public String adaptiveHref() {
        return address(null);
    }

    private String address(String tag) {
        StringBuilder href = new StringBuilder(path);
        char separator = path.indexOf('?') < 0 ? '?' : '&'; // a page that depends on its query keeps it in its path
        for (String dimension : dimensions) {
            href.append(separator).append("dimension=").append(dimension);
            separator = '&';
        }
        if (tag != null) {
            href.append(separator).append(ReaderLanguages.PARAMETER).append('=').append(tag);
        }
        return href.toString();
    }

    /** A digest of everything that identifies the page, for its ETag. */
    String digest(String codeVersion, long revision) {
        String identity = codeVersion + '\n' + revision + '\n' + href() + '\n' + lang;
        byte[] hash = Fingerprints.digest().digest(identity.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 10);
    }

    long weight() {
        return 64L + path.length() + 16L * dimensions.size() + lang.length();
    }
}
