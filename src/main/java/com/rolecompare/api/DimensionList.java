package com.rolecompare.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The six dimensions roles are compared on, in order. */
@Schema(description = "The dimensions roles are compared on, in display order.")
public record DimensionList(
        @Schema(description = "Language of every text in the answer.", example = "en") String language,
        @Schema(description = "The dimensions, in display order.") List<DimensionEntry> dimensions) {

    @Schema(description = "A dimension of comparison.")
    public record DimensionEntry(
            @Schema(description = "Stable key of the dimension, as the `dimension` filter takes it.", example = "kpis")
            String key,
            @Schema(description = "Name of the dimension.") String name,
            @Schema(description = "What the dimension covers.") String explanation,
            @Schema(description = "The page showing this dimension for every role.") String url) {
    }
}
