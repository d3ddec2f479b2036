package com.rolecompare.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record MetricAlias(@Column(nullable = false) String locale, @Column(nullable = false) String alias) {
}
