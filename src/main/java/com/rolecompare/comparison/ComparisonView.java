package com.rolecompare.comparison;

import java.util.List;

import com.rolecompare.role.Pair;
import com.rolecompare.content.PointView;
import com.rolecompare.content.SourceView;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.faq.FaqView;
import com.rolecompare.role.RoleView;

/**
 * Two roles side by side in one language: one row per chosen dimension, in dimension order.
 *
 * @param dimensions every dimension, for the filter form
 * @param chosenKeys the chosen dimension keys in display order (all of them when unfiltered)
 * @param editorial what an editor wrote about the pair, or null for a plain comparison
 * @param faq the editorial's questions and answers (none without an editorial)
 * @param figures what the O*NET figures say about the pair
 * @param chart both roles' skill levels, or null when either has no ratings
 * @param moves from the first role to the second and back
 */
public record ComparisonView(Pair pair, RoleView first, RoleView second, List<Row> rows,
        List<DimensionView> dimensions, List<String> chosenKeys, boolean filtered,
        EditorialView editorial, List<FaqView> faq, PairFigures figures, SkillChart chart, List<Move> moves,
        List<SourceView> sources) {

    public record Row(DimensionView dimension, List<PointView> first, List<PointView> second, boolean keyDifference) {
    }

    public boolean hasEditorial() {
        return editorial != null;
    }

    public boolean chosen(String key) {
        return chosenKeys.contains(key);
    }
}
