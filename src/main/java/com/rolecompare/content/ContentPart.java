package com.rolecompare.content;

import java.util.List;

/**
 * A feature's share of the content query. Each feature writes HQL over its own entities; {@link ContentQuery} joins
 * every part's selects with {@code union all} into one statement. Selects return the columns of {@link ContentRow}
 * (use {@code cast(null as ...)} for the unused ones) and may use two parameters: {@code :all} (true for the whole
 * catalog) and {@code :slugs} (otherwise: the slugs of the roles in scope).
 */
public interface ContentPart {

    /** One or more HQL selects, each a complete {@code select ... from ... where ...}. */
    List<String> selects();

    /** HQL selects of the ids of the sources this part's rows cite, within the scope. */
    default List<String> citedSources() {
        return List.of();
    }

    /** A role is in scope: use as {@code where ... and (...)} with the alias of a Role. */
    static String roleInScope(String alias) {
        return "(:all = true or " + alias + ".slug in (:slugs))";
    }
}
