package com.rolecompare.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record ComparisonText(@Column(nullable = false) String summary,
        @Column(name = "key_difference", nullable = false) String keyDifference) {
}
