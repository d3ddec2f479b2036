package com.rolecompare.content;

/** One scannable point: a short headline, and optionally a sentence or two of detail. */
public record PointView(String headline, String detail) {

    public boolean hasDetail() {
        return detail != null && !detail.isBlank();
    }
}
