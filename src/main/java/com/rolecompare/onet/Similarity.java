package com.rolecompare.onet;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How close two occupations are by the skills they need: the cosine of their skill-importance vectors after each
 * skill's importance is centred on its mean over every rated O*NET occupation. Without centring every pair looks
 * alike (all jobs need reading and speaking); centred, the median over all pairs of rated occupations is about 0.
 * The bands: {@value #CLOSE} and more is close (about the top tenth of all pairs), {@value #SOME_OVERLAP} and more
 * some overlap (about the top third), below that far apart. See docs/architecture.md.
 */
public final class Similarity {

    public static final double CLOSE = 0.60;
    public static final double SOME_OVERLAP = 0.25;

    /** A similarity in plain words. */
    public enum Band {
        CLOSE, SOME_OVERLAP, FAR_APART;

        /** The message-bundle key segment, e.g. {@code close}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private Similarity() {
    }

    /** The centred cosine of two occupations' importance ratings; empty when either lacks a rating. */
    public static OptionalDouble of(Map<Long, Rating> a, Map<Long, Rating> b, List<SkillView> skills) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (SkillView skill : skills) {
            Rating ra = a.get(skill.id());
            Rating rb = b.get(skill.id());
            if (ra == null || rb == null) {
                return OptionalDouble.empty();
            }
            double xa = ra.importance() - skill.meanImportance();
            double xb = rb.importance() - skill.meanImportance();
            dot += xa * xb;
            normA += xa * xa;
            normB += xb * xb;
        }
        if (skills.isEmpty() || normA == 0 || normB == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(dot / Math.sqrt(normA * normB));
    }

    public static Band band(double similarity) {
        return similarity >= CLOSE ? Band.CLOSE : similarity >= SOME_OVERLAP ? Band.SOME_OVERLAP : Band.FAR_APART;
    }
}
