package com.rolecompare.content;

/** One scannable point: a short headline, optionally a sentence or two of detail, and the source that says it. */
public record PointView(String headline, String detail, SourceView source) {

    public boolean hasDetail() {
        return detail != null && !detail.isBlank();
    }
}
