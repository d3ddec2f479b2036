package com.rolecompare.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.rolecompare.onet.Rating;
import com.rolecompare.onet.SkillView;
import com.rolecompare.onet.Transition;

/**
 * The skills that matter in either role (importance 3 or more), in O*NET's order, with both roles' levels, for
 * the chart drawn on the comparison page and the table that carries the same figures.
 *
 * @param biggest the rows with the largest difference in level, largest first (for the chart's description)
 */
public record SkillChart(List<Row> rows, List<Row> biggest) {

    /** The top of O*NET's level scale. */
    public static final double MAX_LEVEL = 7.0;
    /** Height of one skill in the drawing, in pixels: its name, then one bar per role. */
    public static final int ROW_HEIGHT = 64;

    public record Row(SkillView skill, Rating first, Rating second, int index) {

        /** A bar's length as a share of the bar area, in percent. */
        public String firstWidth() {
            return percent(first.level());
        }

        public String secondWidth() {
            return percent(second.level());
        }

        public double difference() {
            return Math.abs(first.level() - second.level());
        }

        /** Where this row starts in the drawing, in pixels. */
        public int y() {
            return index * ROW_HEIGHT;
        }

        private static String percent(double level) {
            return String.format(java.util.Locale.ROOT, "%.1f%%", Math.max(0, level) / MAX_LEVEL * 100);
        }
    }

    /** Null when either role has no ratings. */
    static SkillChart of(List<SkillView> skills, Map<Long, Rating> first, Map<Long, Rating> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (SkillView skill : skills) {
            Rating a = first.get(skill.id());
            Rating b = second.get(skill.id());
            if (a != null && b != null && (a.importance() >= Transition.IMPORTANT || b.importance() >= Transition.IMPORTANT)) {
                rows.add(new Row(skill, a, b, rows.size()));
            }
        }
        List<Row> biggest = rows.stream().filter(r -> r.difference() > 0)
                .sorted(Comparator.comparingDouble(Row::difference).reversed().thenComparingInt(Row::index))
                .limit(3).toList();
        return new SkillChart(List.copyOf(rows), biggest);
    }

    /** The drawing's height in pixels. */
    public int height() {
        return rows.size() * ROW_HEIGHT;
    }
}
