package com.rolecompare.metric;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rolecompare.content.ContentPart;

/**
 * The glossary: the same for every scope (points of any role may name any metric). metric: a id, b source,
 * c position, s1 key, s2 family, s3 calculator, s4 example inputs; metric_text: a id, locale, s1 name,
 * s2 abbreviation, s3 definition, s4 formula, s5 example; metric_text_more: a id, locale, s1 watch for, s2 unit;
 * metric_input: a id, c position, locale, s1 label; metric_alias: a id, locale, s1 alias.
 */
@Component
class MetricRows implements ContentPart {

    static final String METRIC = "metric";
    static final String TEXT = "metric_text";
    static final String MORE = "metric_text_more";
    static final String INPUT = "metric_input";
    static final String ALIAS = "metric_alias";

    @Override
    public List<String> selects() {
        return List.of("""
                select 'metric', m.id, m.sourceId, cast(m.position as Long), cast(null as Long), cast(null as String),
                       m.key, m.family, m.calculator, m.exampleInputs, cast(null as String),
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from Metric m""", """
                select 'metric_text', m.id, cast(null as Long), cast(null as Long), cast(null as Long), key(t),
                       t.name, t.abbreviation, t.definition, t.formula, t.example,
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from Metric m join m.texts t""", """
                select 'metric_text_more', m.id, cast(null as Long), cast(null as Long), cast(null as Long), key(t),
                       t.watchFor, t.resultUnit, cast(null as String), cast(null as String), cast(null as String),
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from Metric m join m.texts t""", """
                select 'metric_input', m.id, cast(null as Long), cast(i.position as Long), cast(null as Long),
                       i.locale, i.label, cast(null as String), cast(null as String), cast(null as String),
                       cast(null as String), cast(null as BigDecimal), cast(null as BigDecimal)
                from Metric m join m.inputs i""", """
                select 'metric_alias', m.id, cast(null as Long), cast(null as Long), cast(null as Long),
                       a.locale, a.alias, cast(null as String), cast(null as String), cast(null as String),
                       cast(null as String), cast(null as BigDecimal), cast(null as BigDecimal)
                from Metric m join m.aliases a""");
    }

    @Override
    public List<String> citedSources() {
        return List.of("select m.sourceId from Metric m");
    }
}
