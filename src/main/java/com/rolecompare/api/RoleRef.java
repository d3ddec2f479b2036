package com.rolecompare.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A role named by another answer: enough to show it and to follow it. */
@Schema(description = "A role as another answer names it.")
public record RoleRef(
        @Schema(description = "Stable identifier of the role, as in its addresses.", example = "project-manager") String slug,
        @Schema(description = "Name of the role in the answer's language.") String name,
        @Schema(description = "The role's page, in the answer's language.") String url,
        @Schema(description = "The role in this API, in the answer's language.") String apiUrl) {
}
