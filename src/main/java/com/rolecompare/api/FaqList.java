package com.rolecompare.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every question of the site: site-wide ones, then those of each written comparison. */
@Schema(description = "Every question and answer of the site: the site-wide ones, then those of each written comparison.")
public record FaqList(
        @Schema(description = "Language of every text in the answer.", example = "en") String language,
        @Schema(description = "Questions about the site as a whole.") List<QuestionEntry> siteWide,
        @Schema(description = "Questions attached to a written comparison, comparison by comparison.")
        List<ComparisonQuestions> comparisons,
        @Schema(description = "Every source the answers rest on, by key.") List<SourceEntry> sources) {

    @Schema(description = "The questions of one written comparison.")
    public record ComparisonQuestions(
            @Schema(description = "The pair, as its addresses write it.") String pair,
            @Schema(description = "The role that sorts first.") RoleRef first,
            @Schema(description = "The role that sorts second.") RoleRef second,
            @Schema(description = "The comparison in this API.") String apiUrl,
            @Schema(description = "Its questions, in order.") List<QuestionEntry> questions) {
    }
}
