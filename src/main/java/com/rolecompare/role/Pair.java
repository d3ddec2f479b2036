package com.rolecompare.role;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Two role slugs in canonical (alphabetical) order; the URL segment is {@code first-vs-second}.
 *
 * @param first the slug that sorts first
 * @param second the slug that sorts second
 * @param reversed whether the reader wrote them the other way round
 */
public record Pair(String first, String second, boolean reversed) {

    static final String SEPARATOR = "-vs-";
    public static final int MAX_LENGTH = 200;

    public static Pair of(String one, String other) {
        boolean reversed = one.compareTo(other) > 0;
        return reversed ? new Pair(other, one, true) : new Pair(one, other, false);
    }

    /**
     * Reads {@code a-vs-b}. Slugs may contain hyphens, so every {@code -vs-} is tried as the separator
     * and the first split whose two sides are known roles wins.
     */
    public static Optional<Pair> parse(String segment, Predicate<String> isRole) {
        if (segment == null || segment.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int at = segment.indexOf(SEPARATOR);
        while (at > 0) {
            String one = segment.substring(0, at);
            String other = segment.substring(at + SEPARATOR.length());
            if (isRole.test(one) && isRole.test(other)) {
                return Optional.of(of(one, other));
            }
            at = segment.indexOf(SEPARATOR, at + 1);
        }
        return Optional.empty();
    }

    public boolean same() {
        return first.equals(second);
    }

    public String segment() {
        return first + SEPARATOR + second;
    }

    public String path() {
        return "/compare/" + segment();
    }
}
