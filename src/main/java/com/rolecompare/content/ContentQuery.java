package com.rolecompare.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the content of a scope with one statement: the union of every {@link ContentPart}'s selects. */
@Component
class ContentQuery {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContentQuery.class);

    private final EntityManager entityManager;
    private final String hql;

    ContentQuery(EntityManager entityManager, List<ContentPart> parts) {
        this.entityManager = entityManager;
        List<String> selects = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (ContentPart part : parts) {
            selects.addAll(part.selects());
            cited.addAll(part.citedSources());
        }
        selects.add(SourceRows.select(cited));
        this.hql = String.join("\nunion all\n", selects);
    }

    /** @param slugs the roles in scope, or null for the whole catalog */
    @Transactional(readOnly = true)
    List<ContentRow> read(Collection<String> slugs) {
        long started = System.nanoTime();
        boolean all = slugs == null;
        List<Tuple> tuples = entityManager.createQuery(hql, Tuple.class)
                .setParameter("all", all)
                .setParameter("slugs", all ? List.of("") : List.copyOf(slugs))
                .getResultList();
        List<ContentRow> rows = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) {
            rows.add(new ContentRow((String) t.get(0), (Long) t.get(1), (Long) t.get(2), (Long) t.get(3),
                    (Long) t.get(4), (String) t.get(5), (String) t.get(6), (String) t.get(7), (String) t.get(8),
                    (String) t.get(9), (String) t.get(10), (BigDecimal) t.get(11), (BigDecimal) t.get(12)));
        }
        log.info("Read {} content rows for {} in {} ms", rows.size(), all ? "the whole catalog" : slugs,
                (System.nanoTime() - started) / 1_000_000);
        return rows;
    }
}
