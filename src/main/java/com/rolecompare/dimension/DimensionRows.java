package com.rolecompare.dimension;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rolecompare.content.ContentPart;

/** The dimensions and their texts: the same six for every scope. Row a: id; c: position; s1: key / name; s2: explanation. */
@Component
class DimensionRows implements ContentPart {

    static final String DIMENSION = "dimension";
    static final String TEXT = "dimension_text";

    @Override
    public List<String> selects() {
        return List.of("""
                select 'dimension', d.id, cast(null as Long), cast(d.position as Long), cast(null as Long),
                       cast(null as String), d.key, cast(null as String), cast(null as String), cast(null as String),
                       cast(null as String), cast(null as BigDecimal), cast(null as BigDecimal)
                from Dimension d""", """
                select 'dimension_text', d.id, cast(null as Long), cast(null as Long), cast(null as Long),
                       key(t), t.name, t.explanation, cast(null as String), cast(null as String),
                       cast(null as String), cast(null as BigDecimal), cast(null as BigDecimal)
                from Dimension d join d.texts t""");
    }
}
