package com.rolecompare.content;

/** A run of text in a point, linked to a page when {@code href} is not null (a metric's glossary entry, say). */
public record TextPart(String text, String href) {

    public static TextPart plain(String text) {
        return new TextPart(text, null);
    }

    public boolean linked() {
        return href != null;
    }
}
