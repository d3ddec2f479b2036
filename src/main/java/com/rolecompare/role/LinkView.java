package com.rolecompare.role;

import com.rolecompare.content.SourceView;

/** Another role a role leads to (or comes from, or is related to), and the source that says so. */
public record LinkView(RoleView role, SourceView source) {
}
