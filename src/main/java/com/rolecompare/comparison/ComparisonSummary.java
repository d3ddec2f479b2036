package com.rolecompare.comparison;

/** A comparison that has an editorial, for lists: its pair, both names and the summary. */
public record ComparisonSummary(long comparisonId, Pair pair, String firstName, String secondName, String summary) {
}
