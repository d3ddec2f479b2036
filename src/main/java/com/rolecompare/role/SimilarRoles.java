package com.rolecompare.role;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import com.rolecompare.onet.Occupations;
import com.rolecompare.onet.Rating;
import com.rolecompare.onet.Similarity;
import com.rolecompare.onet.SkillView;

/**
 * The roles closest to one role by the skills they need (centred cosine of O*NET importance ratings, see
 * {@link Similarity}). Roles whose figures come from the same O*NET occupation are listed apart: their ratings are
 * the same, so a score of 1 would say nothing.
 */
record SimilarRoles(List<Entry> closest, List<RoleView> sameFigures, boolean rated) {

    static final int SHOWN = 5;

    record Entry(RoleView role, double similarity, String comparePath) {

        public BigDecimal rounded() {
            return BigDecimal.valueOf(similarity).setScale(2, RoundingMode.HALF_UP);
        }

        public Similarity.Band band() {
            return Similarity.band(similarity);
        }
    }

    static SimilarRoles of(RoleView role, List<RoleView> all, Occupations.Catalog onet, String tag) {
        if (role.onet().ratings() == null) {
            return new SimilarRoles(List.of(), List.of(), false);
        }
        String code = role.onet().ratings().code();
        Map<Long, Rating> own = onet.ratings(code);
        List<SkillView> skills = onet.skills(tag);
        List<Entry> closest = all.stream()
                .filter(other -> other.id() != role.id() && other.onet().ratings() != null
                        && !other.onet().ratings().code().equals(code))
                .map(other -> {
                    OptionalDouble similarity = Similarity.of(own, onet.ratings(other.onet().ratings().code()), skills);
                    return similarity.isPresent()
                            ? new Entry(other, similarity.getAsDouble(), Pair.of(role.slug(), other.slug()).path()) : null;
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble(Entry::similarity).reversed().thenComparing(e -> e.role().slug()))
                .limit(SHOWN)
                .toList();
        List<RoleView> same = all.stream()
                .filter(other -> other.id() != role.id() && other.onet().ratings() != null
                        && other.onet().ratings().code().equals(code))
                .toList();
        return new SimilarRoles(closest, same, true);
    }
}
