package com.rolecompare.onet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What moving from one occupation to another takes, by O*NET's skill ratings.
 *
 * @param similarity the centred cosine similarity of the two (the same both ways)
 * @param carryOver skills important in both (importance 3 or more) where the first's level is at least the second's
 * @param toBuild skills important in the second where its level is above the first's, largest gap first
 */
public record Transition(double similarity, Similarity.Band band, List<SkillView> carryOver, List<Gap> toBuild) {

    /** Importance from which a skill counts as important, on O*NET's 1-5 scale. */
    public static final double IMPORTANT = 3.0;

    /** A skill to build: the level the second needs, the level the first has, and the difference in level points. */
    public record Gap(SkillView skill, double from, double to) {

        /** The gap in O*NET level points (0-7 scale), to two decimals as the ratings are stored. */
        public BigDecimal points() {
            return BigDecimal.valueOf(to).subtract(BigDecimal.valueOf(from)).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** From the first occupation's ratings to the second's; null when either has none. */
    public static Transition between(Map<Long, Rating> from, Map<Long, Rating> to, List<SkillView> skills) {
        var similarity = Similarity.of(from, to, skills);
        if (similarity.isEmpty()) {
            return null;
        }
        List<SkillView> carryOver = new ArrayList<>();
        List<Gap> toBuild = new ArrayList<>();
        for (SkillView skill : skills) {
            Rating a = from.get(skill.id());
            Rating b = to.get(skill.id());
            if (a.importance() >= IMPORTANT && b.importance() >= IMPORTANT && a.level() >= b.level()) {
                carryOver.add(skill);
            }
            if (b.importance() >= IMPORTANT && b.level() > a.level()) {
                toBuild.add(new Gap(skill, a.level(), b.level()));
            }
        }
        toBuild.sort(Comparator.comparing(Gap::points).reversed().thenComparingInt(g -> g.skill().position()));
        double value = similarity.getAsDouble();
        return new Transition(value, Similarity.band(value), List.copyOf(carryOver), List.copyOf(toBuild));
    }

    /** The similarity to two decimals, as pages show it. */
    public BigDecimal rounded() {
        return BigDecimal.valueOf(similarity).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
