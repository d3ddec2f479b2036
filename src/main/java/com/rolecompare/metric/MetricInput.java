package com.rolecompare.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record MetricInput(@Column(nullable = false) String locale, @Column(nullable = false) Integer position,
        @Column(nullable = false) String label) {
}
