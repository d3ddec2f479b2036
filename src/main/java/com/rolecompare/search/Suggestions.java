package com.rolecompare.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rolecompare.metric.MetricView;
import com.rolecompare.role.RoleView;

/**
 * The names a reader may be typing, per language: every role's name and titles (a role's titles in both languages,
 * so that 坐席 is suggested on the English site too) and every metric's name, abbreviation and aliases. A name that
 * starts with what was typed comes first, then one with a word that starts with it, then one that contains it.
 */
final class Suggestions {

    /**
     * @param name what matched: the role's or metric's name, or another name it goes by
     * @param of the role's or metric's own name when {@code name} is another one; null otherwise
     */
    record Suggestion(String name, String of, String url, String kind) {
    }

    private record Candidate(String match, Suggestion suggestion, int own) {
    }

    private final Map<String, List<Candidate>> byTag;

    private Suggestions(Map<String, List<Candidate>> byTag) {
        this.byTag = byTag;
    }

    /** At most {@code limit} names for a cleaned query, best first, each address once. */
    List<Suggestion> find(String query, String tag, int limit) {
        String wanted = SearchText.exact(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Ranked(Candidate candidate, int rank) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate candidate : byTag.getOrDefault(tag, List.of())) {
            int at = candidate.match().indexOf(wanted);
            if (at < 0) {
                continue;
            }
            boolean wordStart = at == 0 || candidate.match().charAt(at - 1) == ' '
                    || Character.UnicodeScript.of(wanted.codePointAt(0)) == Character.UnicodeScript.HAN;
            int rank = (at == 0 ? 0 : wordStart ? 2 : 4) + candidate.own();
            ranked.add(new Ranked(candidate, rank));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(r -> r.candidate().match().length()));
        Set<String> urls = new LinkedHashSet<>();
        List<Suggestion> found = new ArrayList<>();
        for (Ranked r : ranked) {
            if (found.size() == limit) {
                break;
            }
            if (urls.add(r.candidate().suggestion().url())) {
                found.add(r.candidate().suggestion());
            }
        }
        return found;
    }

    /** Collects the names while the index is built. */
    static final class Builder {

        private final Map<String, List<Candidate>> byTag = new HashMap<>();
        private final Map<String, List<String>> titlesBySlug = new HashMap<>();
        private final Map<String, List<RoleView>> rolesByTag = new HashMap<>();

        void role(String tag, RoleView role, List<String> titles) {
            titlesBySlug.computeIfAbsent(role.slug(), s -> new ArrayList<>()).addAll(titles);
            rolesByTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(role);
        }

        void metric(String tag, MetricView metric, List<String> otherNames) {
            List<Candidate> candidates = byTag.computeIfAbsent(tag, t -> new ArrayList<>());
            candidates.add(new Candidate(SearchText.exact(metric.title()),
                    new Suggestion(metric.title(), null, metric.path(), "metric"), 0));
            for (String other : otherNames) {
                candidates.add(new Candidate(SearchText.exact(other),
                        new Suggestion(other, metric.name(), metric.path(), "metric"), 1));
            }
        }

        Suggestions build() {
            rolesByTag.forEach((tag, roles) -> {
                List<Candidate> candidates = byTag.computeIfAbsent(tag, t -> new ArrayList<>());
                for (RoleView role : roles) {
                    String url = "/roles/" + role.slug();
                    candidates.add(new Candidate(SearchText.exact(role.name()), new Suggestion(role.name(), null, url, "role"), 0));
                    for (String title : new LinkedHashSet<>(titlesBySlug.getOrDefault(role.slug(), List.of()))) {
                        candidates.add(new Candidate(SearchText.exact(title), new Suggestion(title, role.name(), url, "role"), 1));
                    }
                }
            });
            Map<String, List<Candidate>> frozen = new HashMap<>();
            byTag.forEach((tag, candidates) -> frozen.put(tag, List.copyOf(candidates)));
            return new Suggestions(Map.copyOf(frozen));
        }
    }
}
