package com.rolecompare.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rolecompare.onet.Occupations;
import com.rolecompare.onet.Rating;
import com.rolecompare.onet.SkillView;
import com.rolecompare.role.RoleView;

/**
 * What the O*NET figures say about a pair, for the figures table and, without an editorial, the page's summary.
 *
 * @param sameOccupation both roles take their figures from the same O*NET occupation
 * @param zoneGap the second role's job zone minus the first's, or null when either has none
 * @param sharedSkills skills of importance 3 or more for both, in O*NET's order; null when either has no ratings
 * @param importantSkills how many skills are of importance 3 or more for either
 */
public record PairFigures(RoleView first, RoleView second, boolean sameOccupation, Integer zoneGap,
        List<SkillView> sharedSkills, int importantSkills) {

    /** The importance from which a skill counts as important (O*NET's 1-5 scale). */
    public static final double IMPORTANT = 3.0;

    static PairFigures of(RoleView first, RoleView second, Occupations.Catalog onet, String tag) {
        var a = first.onet().occupation();
        var b = second.onet().occupation();
        boolean same = a != null && b != null && a.code().equals(b.code());
        Integer gap = a != null && b != null && a.jobZone() != null && b.jobZone() != null ? b.jobZone() - a.jobZone() : null;
        List<SkillView> shared = null;
        int important = 0;
        if (first.onet().ratings() != null && second.onet().ratings() != null) {
            Map<Long, Rating> ra = onet.ratings(first.onet().ratings().code());
            Map<Long, Rating> rb = onet.ratings(second.onet().ratings().code());
            shared = new ArrayList<>();
            for (SkillView skill : onet.skills(tag)) {
                boolean inA = ra.containsKey(skill.id()) && ra.get(skill.id()).importance() >= IMPORTANT;
                boolean inB = rb.containsKey(skill.id()) && rb.get(skill.id()).importance() >= IMPORTANT;
                if (inA || inB) {
                    important++;
                }
                if (inA && inB) {
                    shared.add(skill);
                }
            }
            shared = List.copyOf(shared);
        }
        return new PairFigures(first, second, same, gap, shared, important);
    }

    /** The role that needs more preparation (by job zone), or null when they need the same or it is unknown. */
    public RoleView morePrepared() {
        return zoneGap == null || zoneGap == 0 ? null : zoneGap > 0 ? second : first;
    }

    public int zoneDifference() {
        return zoneGap == null ? 0 : Math.abs(zoneGap);
    }
}
