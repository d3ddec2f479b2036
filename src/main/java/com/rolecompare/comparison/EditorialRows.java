package com.rolecompare.comparison;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rolecompare.content.ContentPart;

/**
 * The editorials of the pairs in scope (both roles in scope). comparison: a id, b role A, c key dimension,
 * d role B, s1 reviewed on; comparison_text: a id, locale, s1 summary, s2 key difference; comparison_point:
 * a comparison, b source, c position, locale, s1 headline, s2 detail, s3 section; comparison_source: a comparison,
 * b source, c position.
 */
@Component
class EditorialRows implements ContentPart {

    static final String COMPARISON = "comparison";
    static final String TEXT = "comparison_text";
    static final String POINT = "comparison_point";
    static final String SOURCE = "comparison_source";

    private static final String IN_SCOPE = """
            (:all = true or (c.roleAId in (select r.id from Role r where r.slug in (:slugs))
                         and c.roleBId in (select r.id from Role r where r.slug in (:slugs))))""";

    @Override
    public List<String> selects() {
        return List.of("""
                select 'comparison', c.id, c.roleAId, c.keyDimensionId, c.roleBId, cast(null as String),
                       str(c.reviewedOn), cast(null as String), cast(null as String), cast(null as String),
                       cast(null as String), cast(null as BigDecimal), cast(null as BigDecimal)
                from Comparison c where""" + IN_SCOPE, """
                select 'comparison_text', c.id, cast(null as Long), cast(null as Long), cast(null as Long), key(t),
                       t.summary, t.keyDifference, cast(null as String), cast(null as String), cast(null as String),
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from Comparison c join c.texts t where""" + IN_SCOPE, """
                select 'comparison_point', p.comparisonId, p.sourceId, cast(p.position as Long), cast(null as Long),
                       p.locale, p.headline, p.detail, str(p.section), cast(null as String), cast(null as String),
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from ComparisonPoint p where p.comparisonId in (select c.id from Comparison c where""" + IN_SCOPE + ")", """
                select 'comparison_source', c.id, key(s), cast(value(s) as Long), cast(null as Long),
                       cast(null as String), cast(null as String), cast(null as String), cast(null as String),
                       cast(null as String), cast(null as String), cast(null as BigDecimal), cast(null as BigDecimal)
                from Comparison c join c.sourcePositions s where""" + IN_SCOPE);
    }

    @Override
    public List<String> citedSources() {
        return List.of(
                "select p.sourceId from ComparisonPoint p where p.comparisonId in (select c.id from Comparison c where"
                        + IN_SCOPE + ")",
                "select key(s) from Comparison c join c.sourcePositions s where" + IN_SCOPE);
    }
}
