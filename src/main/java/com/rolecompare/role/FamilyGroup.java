package com.rolecompare.role;

import java.util.List;

/** A family and its roles, in order. */
public record FamilyGroup(FamilyView family, List<RoleView> roles) {
}
