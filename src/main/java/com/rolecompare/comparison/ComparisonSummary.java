package com.rolecompare.comparison;

import java.util.List;

import com.rolecompare.content.SourceView;
import com.rolecompare.faq.FaqView;
import com.rolecompare.role.Pair;
import com.rolecompare.role.RoleView;

/** A comparison that has an editorial, for lists: its pair, both roles, the summary, its FAQ and its sources. */
public record ComparisonSummary(long comparisonId, Pair pair, RoleView first, RoleView second, String summary,
        List<SourceView> sources, List<FaqView> faq) {

    /** The sources of several comparisons (and their FAQ answers), each once, in order of first mention. */
    public static List<SourceView> sourcesOf(List<ComparisonSummary> summaries) {
        return summaries.stream()
                .flatMap(s -> java.util.stream.Stream.concat(s.sources().stream(), s.faq().stream().flatMap(q -> q.sources().stream())))
                .distinct().toList();
    }
}
