package com.rolecompare.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The glossary of performance metrics, family by family. */
@Schema(description = "The glossary of performance metrics, family by family.")
public record MetricList(
        @Schema(description = "Language of every text in the answer.", example = "en") String language,
        @Schema(description = "The families, in order, each with its metrics.") List<MetricFamilyEntry> families) {

    @Schema(description = "The metrics of one family.")
    public record MetricFamilyEntry(
            @Schema(description = "Stable key of the family.", example = "call-center") String key,
            @Schema(description = "Name of the family.") String name,
            @Schema(description = "Its metrics, in order.") List<MetricSummary> metrics) {
    }

    @Schema(description = "A metric of the glossary.")
    public record MetricSummary(
            @Schema(description = "Stable key of the metric.", example = "average-handle-time") String key,
            @Schema(description = "Name of the metric.") String name,
            @Schema(description = "Its usual abbreviation, or null.", nullable = true) String abbreviation,
            @Schema(description = "What it measures.") String definition,
            @Schema(description = "Its glossary page.") String url,
            @Schema(description = "The metric in this API.") String apiUrl) {
    }
}
