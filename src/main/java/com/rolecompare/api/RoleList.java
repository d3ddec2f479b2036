package com.rolecompare.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every role of the catalog, family by family. */
@Schema(description = "Every role of the catalog, family by family, in one language.")
public record RoleList(
        @Schema(description = "Language of every text in the answer.", example = "zh-CN") String language,
        @Schema(description = "Every role, family by family, in the order the site lists them.") List<RoleSummary> roles) {

    @Schema(description = "A role of the catalog.")
    public record RoleSummary(
            @Schema(description = "Stable identifier of the role, as in its addresses.", example = "call-center-agent")
            String slug,
            @Schema(description = "Name of the role.") String name,
            @Schema(description = "The family the role belongs to.") FamilyRef family,
            @Schema(description = "What the role is, in a sentence or two.") String description,
            @Schema(description = "The role's page.") String url,
            @Schema(description = "The role in this API, with its points and figures.") String apiUrl) {
    }

    @Schema(description = "A family of roles.")
    public record FamilyRef(
            @Schema(description = "Stable identifier of the family.") String key,
            @Schema(description = "Name of the family.") String name) {
    }
}
