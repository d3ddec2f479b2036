package com.rolecompare.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Two roles side by side in one language: what the comparison page shows, as data. */
@Schema(description = "Two roles side by side: one row per chosen dimension in dimension order, what an editor wrote "
        + "if anyone did, O*NET's figures and what moving between the two takes.")
public record ComparisonDetail(
        @Schema(description = "The pair as its addresses write it: the two slugs in alphabetical order.",
                example = "call-center-agent-vs-project-manager") String pair,
        @Schema(description = "Language of every text in the answer.", example = "zh-CN") String language,
        @Schema(description = "The comparison page showing this view (same filter, same language).") String url,
        @Schema(description = "This view as CSV.") String csvUrl,
        @Schema(description = "The role that sorts first.") RoleRef first,
        @Schema(description = "The role that sorts second.") RoleRef second,
        @Schema(description = "Whether the view shows only some dimensions.") boolean filtered,
        @Schema(description = "Keys of the dimensions shown, in display order (all six when unfiltered).")
        List<String> dimensions,
        @Schema(description = "One row per dimension shown, in display order.") List<ComparisonRow> rows,
        @Schema(description = "What an editor wrote about the pair, or null for a comparison nobody wrote.")
        EditorialEntry editorial,
        @Schema(description = "What O*NET's figures say about the pair.") PairFiguresEntry figures,
        @Schema(description = "Skills that matter in either role (importance 3 or more), both roles' ratings; empty "
                + "when either role has no ratings.") List<SkillLevels> skills,
        @Schema(description = "Moving from the first role to the second, and back.") List<MoveEntry> moves,
        @Schema(description = "The editorial's questions and answers (none without an editorial).")
        List<QuestionEntry> faq,
        @Schema(description = "Every source the comparison cites, by key.") List<SourceEntry> sources) {

    @Schema(description = "Both roles' points on one dimension.")
    public record ComparisonRow(
            @Schema(description = "Stable key of the dimension.", example = "skills") String dimension,
            @Schema(description = "Name of the dimension.") String dimensionName,
            @Schema(description = "Whether the editor names this dimension as where the two differ most.")
            boolean keyDifference,
            @Schema(description = "The first role's points, in order.") List<PointEntry> first,
            @Schema(description = "The second role's points, in order.") List<PointEntry> second) {
    }

    @Schema(description = "What an editor wrote about the pair.")
    public record EditorialEntry(
            @Schema(description = "The comparison in a sentence or two.") String summary,
            @Schema(description = "Key of the dimension where the two differ most.") String keyDimension,
            @Schema(description = "How they differ there.") String keyDifference,
            @Schema(description = "Why, point by point.") List<PointEntry> keyReasons,
            @Schema(description = "What it means when staffing a team.") List<PointEntry> conclusion,
            @Schema(description = "Day the editorial was last reviewed (ISO 8601).", nullable = true)
            LocalDate reviewedOn) {
    }

    @Schema(description = "What O*NET's figures say about the pair.")
    public record PairFiguresEntry(
            @Schema(description = "Whether both roles take their figures from the same O*NET occupation.")
            boolean sameOccupation,
            @Schema(description = "The second role's job zone minus the first's, or null when either has none.",
                    nullable = true) Integer zoneGap,
            @Schema(description = "Skills important (3 or more) for both, in O*NET's order; null when either role has "
                    + "no ratings.", nullable = true) List<String> sharedSkills,
            @Schema(description = "How many skills are important for either.") int importantSkills) {
    }

    @Schema(description = "One skill's O*NET ratings for both roles.")
    public record SkillLevels(
            @Schema(description = "The skill's name.") String skill,
            @Schema(description = "Importance for the first role, 1-5.") double firstImportance,
            @Schema(description = "Level for the first role, 0-7.") double firstLevel,
            @Schema(description = "Importance for the second role, 1-5.") double secondImportance,
            @Schema(description = "Level for the second role, 0-7.") double secondLevel) {
    }

    @Schema(description = "Moving from one role of the pair to the other, by O*NET's skill ratings.")
    public record MoveEntry(
            @Schema(description = "Slug of the role one moves from.") String from,
            @Schema(description = "Slug of the role one moves to.") String to,
            @Schema(description = "Whether both roles have ratings; when not, the fields below are null or empty.")
            boolean rated,
            @Schema(description = "Centred cosine similarity of the two roles' skill importance, -1 to 1, two decimals.",
                    nullable = true) BigDecimal similarity,
            @Schema(description = "The similarity in words: close, some-overlap or far-apart.", nullable = true,
                    allowableValues = {"close", "some-overlap", "far-apart"}) String band,
            @Schema(description = "The band in the answer's language.", nullable = true) String bandName,
            @Schema(description = "Skills important in both where the first's level is at least the second's.")
            List<String> carryOver,
            @Schema(description = "Skills important in the second where its level is higher, largest gap first.")
            List<SkillGap> toBuild) {
    }

    @Schema(description = "A skill to build when moving, with the gap in O*NET level points.")
    public record SkillGap(
            @Schema(description = "The skill's name.") String skill,
            @Schema(description = "The level one has (0-7).") double from,
            @Schema(description = "The level the other role needs (0-7).") double to,
            @Schema(description = "The difference, two decimals.") BigDecimal gap) {
    }
}
