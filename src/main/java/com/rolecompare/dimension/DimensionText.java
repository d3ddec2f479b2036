package com.rolecompare.dimension;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record DimensionText(@Column(nullable = false) String name, @Column(nullable = false) String explanation) {
}
