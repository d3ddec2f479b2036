package com.rolecompare.comparison;

import java.time.LocalDate;
import java.util.List;

import com.rolecompare.content.PointView;
import com.rolecompare.content.SourceView;
import com.rolecompare.dimension.DimensionView;

/** What an editor wrote about a pair, in one language. */
public record EditorialView(long comparisonId, long roleAId, long roleBId, String summary, DimensionView keyDimension, String keyDifference,
        List<PointView> keyReasons, List<PointView> conclusion, LocalDate reviewedOn, List<SourceView> sources) {
}
