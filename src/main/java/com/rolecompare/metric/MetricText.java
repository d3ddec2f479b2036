package com.rolecompare.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record MetricText(@Column(nullable = false) String name, String abbreviation,
        @Column(nullable = false) String definition, @Column(nullable = false) String formula,
        @Column(nullable = false) String example, @Column(name = "watch_for", nullable = false) String watchFor,
        @Column(name = "result_unit") String resultUnit) {
}
