package com.rolecompare.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the content of a scope with one statement: the union of every {@link ContentPart}'s selects. */
@Component
class ContentQuery {

    private static final Logger log = LoggerFactory.getLogger(ContentQuery.class);

    private final EntityManager entityManager;
    private final String hql;

    ContentQuery(EntityManager entityManager, EntityManagerFactory entityManagerFactory, List<ContentPart> parts) {
        this.entityManager = entityManager;
        List<String> selects = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (ContentPart part : parts) {
            selects.addAll(part.selects());
            cited.addAll(part.citedSources());
        }
        selects.add(SourceRows.select(cited));
        this.hql = String.join("\nunion all\n", selects);
        translateInTheBackground(entityManagerFactory);
    }

    /**
     * Hibernate translates the query once and keeps the translation; the first translation of a query this long takes
     * a second or more (most of it in the HQL parser). It runs on another thread while the rest of the application
     * starts, so the first page rarely waits for it; if it does, it only waits for the remainder.
     */
    private void translateInTheBackground(EntityManagerFactory entityManagerFactory) {
        Thread warmUp = new Thread(() -> {
            long started = System.nanoTime();
            try (EntityManager translator = entityManagerFactory.createEntityManager()) {
                translator.createQuery(hql, Tuple.class);
                log.debug("Content query translated in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.debug("Content query not translated ahead: {}", e.toString());
            }
        }, "content-query-translation");
        warmUp.setDaemon(true);
        warmUp.start();
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
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (all) {
            log.info("Read {} content rows for the whole catalog in {} ms", rows.size(), millis);
        } else {
            log.debug("Read {} content rows for {} in {} ms", rows.size(), slugs, millis);
        }
        return rows;
    }
}
