package com.rolecompare.api;

import io.swagger.v3.oas.annotations.media.Schema;

import com.rolecompare.content.PointView;

/** One point of a role's profile or of an editorial, in one language. */
@Schema(description = "One point: a short headline, perhaps a sentence or two of detail, and the source that says it.")
public record PointEntry(
        @Schema(description = "The point in a few words.") String headline,
        @Schema(description = "A sentence or two more, or null.", nullable = true) String detail,
        @Schema(description = "Key of the source that says it (see `sources`).", nullable = true) String sourceKey) {

    static PointEntry of(PointView point) {
        return new PointEntry(point.headline(), point.hasDetail() ? point.detail() : null,
                SourceEntry.keyOf(point.source()));
    }
}
