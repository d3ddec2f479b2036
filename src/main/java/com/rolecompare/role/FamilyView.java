package com.rolecompare.role;

/** A family of roles in one language. */
public record FamilyView(long id, String key, int position, String name, String description) {
}
