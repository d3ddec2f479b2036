package com.rolecompare.role;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record RoleFamilyText(@Column(nullable = false) String name, @Column(nullable = false) String description) {
}
