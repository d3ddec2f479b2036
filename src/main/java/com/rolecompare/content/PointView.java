package com.rolecompare.content;

import java.util.List;

/**
 * One scannable point: a short headline, optionally a sentence or two of detail, and the source that says it. The
 * parts are the same texts cut where a term links to its explanation (a metric's glossary entry); plain otherwise.
 */
public record PointView(String headline, String detail, SourceView source, List<TextPart> headlineParts,
        List<TextPart> detailParts) {

    public PointView(String headline, String detail, SourceView source) {
        this(headline, detail, source, List.of(TextPart.plain(headline)),
                detail == null ? List.of() : List.of(TextPart.plain(detail)));
    }

    public boolean hasDetail() {
        return detail != null && !detail.isBlank();
    }

    /** The same point with its texts cut into parts. */
    public PointView withParts(List<TextPart> headlineParts, List<TextPart> detailParts) {
        return new PointView(headline, detail, source, List.copyOf(headlineParts), List.copyOf(detailParts));
    }
}
