package com.rolecompare.content;

import java.math.BigDecimal;

/**
 * One row of the content query: every part of the content (a role, a text, a point, a source, ...) comes back in
 * this one shape, so that everything a page needs is read with one statement. {@code kind} says which part a
 * row belongs to; what the other columns hold is up to the part that selects it (see each {@link ContentPart}).
 */
public record ContentRow(String kind, Long a, Long b, Long c, Long d, String locale, String s1, String s2, String s3,
        String s4, String s5, BigDecimal n1, BigDecimal n2) {

    /** The columns of the row, in order, as every select of a {@link ContentPart} lists them. */
    public static final String COLUMNS = "kind, a, b, c, d, locale, s1, s2, s3, s4, s5, n1, n2";

    public long id() {
        return a;
    }

    public int position() {
        return c == null ? 0 : c.intValue();
    }
}
