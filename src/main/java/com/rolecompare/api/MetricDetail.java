package com.rolecompare.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One glossary entry. */
@Schema(description = "One metric of the glossary in one language: definition, formula, a worked example, what to "
        + "watch for and the source.")
public record MetricDetail(
        @Schema(description = "Stable key of the metric.", example = "average-handle-time") String key,
        @Schema(description = "Language of every text in the answer.", example = "en") String language,
        @Schema(description = "Key of its family.", example = "call-center") String family,
        @Schema(description = "Name of its family.") String familyName,
        @Schema(description = "Name of the metric.") String name,
        @Schema(description = "Its usual abbreviation, or null.", nullable = true) String abbreviation,
        @Schema(description = "What it measures.") String definition,
        @Schema(description = "How it is computed, in words and symbols.") String formula,
        @Schema(description = "A worked example.") String example,
        @Schema(description = "What to watch for when using it.") String watchFor,
        @Schema(description = "The unit of its result, or null.", nullable = true) String resultUnit,
        @Schema(description = "Whether the glossary page offers a calculator for it.") boolean calculator,
        @Schema(description = "The calculator's inputs, in order (empty without a calculator).") List<String> inputs,
        @Schema(description = "The worked example's numbers, in input order (empty without a calculator).")
        List<String> exampleInputs,
        @Schema(description = "Its glossary page.") String url,
        @Schema(description = "The source of the entry, or null.") SourceEntry source) {
}
