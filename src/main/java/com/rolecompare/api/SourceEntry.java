package com.rolecompare.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import com.rolecompare.content.SourceView;

/** Where a piece of content comes from. Points, titles and codes name their source by its key. */
@Schema(description = "A source that content cites; points, titles and codes refer to it by its key.")
public record SourceEntry(
        @Schema(description = "Stable key of the source, as points name it in `sourceKey`.", example = "onet-29.3")
        String key,
        @Schema(description = "Title of the cited work.") String title,
        @Schema(description = "Who published it.", nullable = true) String publisher,
        @Schema(description = "Address of the cited work.", nullable = true) String url,
        @Schema(description = "Year it was published, when known.", nullable = true) Integer publishedYear,
        @Schema(description = "Day our editors last read it (ISO 8601).", nullable = true) LocalDate accessedOn) {

    static SourceEntry of(SourceView source) {
        return new SourceEntry(source.key(), source.title(), source.publisher(), source.url(), source.publishedYear(),
                source.accessedOn());
    }

    /** The key of a source, or null when there is none. */
    static String keyOf(SourceView source) {
        return source == null ? null : source.key();
    }
}
