package com.rolecompare.content;

import java.time.LocalDate;
import java.util.List;

/** The sources part of the content query: every source for the whole catalog, else the ones the scope cites. */
final class SourceRows {

    static final String KIND = "source";

    private SourceRows() {
    }

    static String select(List<String> citedSources) {
        String cited = citedSources.stream().map(s -> "s.id in (" + s + ")").reduce((x, y) -> x + " or " + y)
                .orElse("false");
        return """
                select 'source', s.id, cast(null as Long), cast(s.publishedYear as Long), cast(null as Long),
                       cast(null as String), s.key, s.title, s.publisher, s.url, str(s.accessedOn),
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from Source s where :all = true or %s""".formatted(cited);
    }

    static SourceView view(ContentRow row) {
        return new SourceView(row.a(), row.s1(), row.s2(), row.s3(), row.s4(),
                row.c() == null ? null : row.c().intValue(), LocalDate.parse(row.s5()));
    }
}
