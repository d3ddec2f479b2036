package com.rolecompare.search;

import java.util.ArrayList;
import java.util.List;

/** A run of text, marked when it matched what the reader looked for. Pages escape it like any text. */
record Mark(String text, boolean marked) {

    /** The text cut into runs at these ranges (sorted, not overlapping, within the text). */
    static List<Mark> cut(String text, List<int[]> ranges) {
        List<Mark> marks = new ArrayList<>();
        int at = 0;
        for (int[] range : ranges) {
            if (range[0] > at) {
                marks.add(new Mark(text.substring(at, range[0]), false));
            }
            marks.add(new Mark(text.substring(range[0], range[1]), true));
            at = range[1];
        }
        if (at < text.length()) {
            marks.add(new Mark(text.substring(at), false));
        }
        return marks;
    }

    static boolean anyMarked(List<Mark> marks) {
        return marks.stream().anyMatch(Mark::marked);
    }
}
