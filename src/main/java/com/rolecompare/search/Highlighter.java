package com.rolecompare.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Marks what matched in a text: Latin words whose stem is one looked for (so "managers" is marked for "manager"),
 * and every occurrence of a run of Chinese characters looked for. A long text is cut to a window around the first
 * mark.
 */
final class Highlighter {

    static final int SNIPPET = 220;
    static final String ELLIPSIS = "…";

    private final Set<String> stems;
    private final List<String> han;

    Highlighter(Set<String> stems, List<String> han) {
        this.stems = Set.copyOf(stems);
        this.han = List.copyOf(han);
    }

    /** The whole text, with its matches marked. */
    List<Mark> marks(String text) {
        return text == null ? List.of() : Mark.cut(text, ranges(text));
    }

    /** At most about {@link #SNIPPET} characters of the text around its first match, with the matches marked. */
    List<Mark> snippet(String text) {
        if (text == null) {
            return List.of();
        }
        List<int[]> ranges = ranges(text);
        if (text.length() <= SNIPPET + 40) {
            return Mark.cut(text, ranges);
        }
        int first = ranges.isEmpty() ? 0 : ranges.get(0)[0];
        int start = Math.max(0, Math.min(first - 60, text.length() - SNIPPET));
        for (int back = 0; back < 20 && start > 0 && Character.isLetter(text.charAt(start - 1))
                && Character.isLetter(text.charAt(start)) && !isHan(text.charAt(start)); back++) {
            start--; // start at the beginning of a word
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        int end = Math.min(text.length(), start + SNIPPET);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        int from = start;
        int to = end;
        List<int[]> inside = ranges.stream().filter(r -> r[0] >= from && r[1] <= to)
                .map(r -> new int[] {r[0] - from, r[1] - from}).toList();
        List<Mark> marks = new ArrayList<>();
        if (start > 0) {
            marks.add(new Mark(ELLIPSIS, false));
        }
        marks.addAll(Mark.cut(text.substring(start, end), inside));
        if (end < text.length()) {
            marks.add(new Mark(ELLIPSIS, false));
        }
        return marks;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private List<int[]> ranges(String text) {
        List<int[]> ranges = new ArrayList<>();
        if (!stems.isEmpty()) {
            for (Analyzers.Token token : Analyzers.tokens(Analyzers.WORDS, text)) {
                if (stems.contains(token.term()) && token.end() <= text.length()) {
                    ranges.add(new int[] {token.start(), token.end()});
                }
            }
        }
        if (!han.isEmpty()) {
            for (String run : han) {
                for (int at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length())) {
                    ranges.add(new int[] {at, at + run.length()});
                }
            }
        }
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> -r[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new int[] {range[0], range[1]});
            }
        }
        return merged;
    }
}
