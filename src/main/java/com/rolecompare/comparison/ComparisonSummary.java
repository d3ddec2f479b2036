package com.rolecompare.comparison;

import java.util.List;

import com.rolecompare.role.Pair;
import com.rolecompare.content.SourceView;

/** A comparison that has an editorial, for lists: its pair, both names, the summary and its sources. */
public record ComparisonSummary(long comparisonId, Pair pair, String firstName, String secondName, String summary,
        List<SourceView> sources) {

    /** The sources of several comparisons, each once, in order of first mention. */
    public static List<SourceView> sourcesOf(List<ComparisonSummary> summaries) {
        return summaries.stream().flatMap(s -> s.sources().stream()).distinct().toList();
    }
}
