package com.rolecompare.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One role over all six dimensions, with its titles, codes and O*NET figures. */
@Schema(description = "One role in one language: its titles, codes, O*NET figures and points on every dimension.")
public record RoleDetail(
        @Schema(description = "Stable identifier of the role.", example = "project-manager") String slug,
        @Schema(description = "Language of every text in the answer.", example = "en") String language,
        @Schema(description = "Name of the role.") String name,
        @Schema(description = "The family the role belongs to.") RoleList.FamilyRef family,
        @Schema(description = "What the role is, in a sentence or two.") String description,
        @Schema(description = "The role's page.") String url,
        @Schema(description = "Other titles people use for the role, each with its source.") List<TitleEntry> titles,
        @Schema(description = "The role's codes in other classifications (ISCO-08, China's), each with its source.")
        List<CodeEntry> codes,
        @Schema(description = "What O*NET's figures say about the role.") RoleFigures figures,
        @Schema(description = "The role's points on each of the six dimensions, in dimension order.")
        List<DimensionPoints> dimensions,
        @Schema(description = "Every source the role's content cites, by key.") List<SourceEntry> sources) {

    @Schema(description = "A title people also use for the role.")
    public record TitleEntry(
            @Schema(description = "The title.") String title,
            @Schema(description = "Key of the source that uses it.", nullable = true) String sourceKey) {
    }

    @Schema(description = "The role's code in another classification.")
    public record CodeEntry(
            @Schema(description = "The classification.", example = "ISCO-08") String scheme,
            @Schema(description = "The code in it.", example = "2421") String code,
            @Schema(description = "The title the classification gives it.") String title,
            @Schema(description = "Key of the source.", nullable = true) String sourceKey) {
    }

    @Schema(description = "O*NET's figures for the role. Every field is null when no O*NET occupation describes it.")
    public record RoleFigures(
            @Schema(description = "O*NET-SOC code of the occupation whose figures describe the role.", nullable = true,
                    example = "15-1299.09") String onetCode,
            @Schema(description = "Title of that occupation (in English, as O*NET names it).", nullable = true)
            String onetTitle,
            @Schema(description = "Whether that occupation is only the nearest one, not the role itself.")
            boolean nearest,
            @Schema(description = "O*NET job zone, 1 (little preparation) to 5 (extensive).", nullable = true)
            Integer jobZone,
            @Schema(description = "What the job zone means, in a few words.", nullable = true) String jobZoneName,
            @Schema(description = "Most common required education, O*NET category 1-12.", nullable = true)
            Integer educationLevel,
            @Schema(description = "Name of that education level.", nullable = true) String educationName,
            @Schema(description = "Share of respondents who named that level, in percent.", nullable = true)
            BigDecimal educationShare,
            @Schema(description = "O*NET-SOC code of the occupation whose skill ratings are used, or null when none are.",
                    nullable = true) String ratingsCode,
            @Schema(description = "Title of that occupation.", nullable = true) String ratingsTitle,
            @Schema(description = "Whether another occupation's ratings stand in for the role's own.")
            boolean ratingsStandIn) {
    }

    @Schema(description = "The role's points on one dimension.")
    public record DimensionPoints(
            @Schema(description = "Stable key of the dimension.", example = "skills") String key,
            @Schema(description = "Name of the dimension.") String name,
            @Schema(description = "The points, in order (3 to 8).") List<PointEntry> points) {
    }
}
