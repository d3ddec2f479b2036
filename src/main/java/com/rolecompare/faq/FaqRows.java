package com.rolecompare.faq;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rolecompare.content.ContentPart;

/**
 * The site-wide questions and those of the comparisons in scope (a comparison is in scope when both its roles are).
 * faq: a id, b comparison (null: site-wide), c position, s1 anchor; faq_text: a id, locale, s1 question,
 * s2 answer; faq_source: a id, b source, c position.
 */
@Component
class FaqRows implements ContentPart {

    static final String ENTRY = "faq";
    static final String TEXT = "faq_text";
    static final String SOURCE = "faq_source";

    /** HQL over Comparison and Role, the entities of the features that own the pairs this part's entries belong to. */
    private static final String IN_SCOPE = """
            (f.comparisonId is null or :all = true or f.comparisonId in (select c.id from Comparison c
                where c.roleAId in (select r.id from Role r where r.slug in (:slugs))
                  and c.roleBId in (select r.id from Role r where r.slug in (:slugs))))""";

    @Override
    public List<String> selects() {
        return List.of("""
                select 'faq', f.id, f.comparisonId, cast(f.position as Long), cast(null as Long), cast(null as String),
                       f.anchor, cast(null as String), cast(null as String), cast(null as String), cast(null as String),
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from FaqEntry f where""" + IN_SCOPE, """
                select 'faq_text', f.id, cast(null as Long), cast(null as Long), cast(null as Long), key(t),
                       t.question, t.answer, cast(null as String), cast(null as String), cast(null as String),
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from FaqEntry f join f.texts t where""" + IN_SCOPE, """
                select 'faq_source', f.id, key(s), cast(value(s) as Long), cast(null as Long), cast(null as String),
                       cast(null as String), cast(null as String), cast(null as String), cast(null as String),
                       cast(null as String), cast(null as BigDecimal), cast(null as BigDecimal)
                from FaqEntry f join f.sourcePositions s where""" + IN_SCOPE);
    }

    @Override
    public List<String> citedSources() {
        return List.of("select key(s) from FaqEntry f join f.sourcePositions s where" + IN_SCOPE);
    }
}
