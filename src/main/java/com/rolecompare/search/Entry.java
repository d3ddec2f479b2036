package com.rolecompare.search;

import com.rolecompare.role.RoleView;

/**
 * One thing the index holds, as the results page shows it: a role, or a passage (a role's point, an editor's
 * sentence about a pair, a question and answer, a glossary entry), in one language.
 *
 * @param first the role's name, the first role of a pair, the question, or the metric's name
 * @param second the dimension's name, or the second role of a pair (as it reads inside a sentence); null otherwise
 * @param body the text the reader sees a snippet of
 * @param role the role, for a role entry and a role's point; null otherwise
 */
record Entry(Kind kind, String tag, String url, String first, String second, String body, RoleView role) {

    enum Kind {
        ROLE, POINT, EDITORIAL, FAQ, METRIC;

        /** The key of its label in the message bundles. */
        String label() {
            return "search.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
