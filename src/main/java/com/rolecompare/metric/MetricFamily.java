package com.rolecompare.metric;

import java.util.List;

/** The metrics of one family (call centers, projects, ...), in order. */
public record MetricFamily(String key, List<MetricView> metrics) {
}
