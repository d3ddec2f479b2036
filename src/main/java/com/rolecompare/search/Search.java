package com.rolecompare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Service;

import com.rolecompare.role.Pair;
import com.rolecompare.role.RoleView;
import com.rolecompare.search.SearchIndex.Indexed;
import com.rolecompare.search.SearchText.Unit;

/**
 * Finds roles and passages for what a reader typed. Queries are built term by term from {@link SearchText} units;
 * no text a reader sent reaches a query parser. Roles come first: a role whose name is exactly the query beats one
 * with that exact title or alias, which beats an abbreviation of its name ("PM"), which beats the query's words in
 * its name, in its titles, and last in its description. Passages follow, in the reader's language, best first,
 * one per address.
 */
@Service
class Search {

    static final int ROLE_HITS = 8;
    static final int PASSAGES = 20;
    static final int SUGGESTIONS = 8;
    /** Pairs are looked for in queries of at most this many words. */
    static final int PAIR_WORDS = 6;

    static final float EXACT_NAME = 1000;
    static final float EXACT_TITLE = 600;
    static final float ACRONYM_NAME = 500;
    static final float ALL_IN_NAME = 200;
    static final float ACRONYM_TITLE = 100;

    /** The results page: what was looked for, what came of it, and what the reader may have meant. */
    record Results(String query, boolean nothingToSearch, boolean shortened, boolean tooManyWords, String correction,
            PairOffer pair, List<RoleHit> roles, List<PassageHit> passages) {

        public boolean found() {
            return pair != null || !roles.isEmpty() || !passages.isEmpty();
        }
    }

    /** A role that matched; {@code alsoCalled} is the title it matched by, when not its name. */
    record RoleHit(RoleView role, List<Mark> name, List<Mark> alsoCalled, List<Mark> description) {
    }

    /** A passage that matched, linking to the exact place on its page. */
    record PassageHit(Entry.Kind kind, String url, String first, String second, List<Mark> snippet) {

        public String kindLabel() {
            return kind.label();
        }
    }

    /** Two roles the query names, to compare at their canonical address. */
    record PairOffer(String path, RoleView first, RoleView second) {
    }

    /** A role that a part of a query names, and how well (4: exact name ... 1.5: abbreviation of a title). */
    private record Named(String slug, double tier) {
    }

    private final SearchIndex index;

    Search(SearchIndex index) {
        this.index = index;
    }

    Results search(String raw, String tag) {
        SearchText.Query query = SearchText.Query.of(raw);
        if (query.empty()) {
            return new Results(query.text(), true, query.shortened(), query.tooManyUnits(), null, null, List.of(), List.of());
        }
        Indexed indexed = index.current();
        Looked looked = new Looked(query, indexed);
        List<RoleHit> roles = roleHits(indexed, looked, tag);
        PairOffer pair = pair(indexed, query, tag);
        List<PassageHit> passages = passages(indexed, looked, tag);
        return new Results(query.text(), false, query.shortened(), query.tooManyUnits(), looked.correctedText(), pair,
                roles, passages);
    }

    /** Names that start with or contain what was typed, then roles the full search finds, at most {@link #SUGGESTIONS}. */
    List<Suggestions.Suggestion> suggest(String raw, String tag) {
        SearchText.Query query = SearchText.Query.of(raw);
        if (query.empty()) {
            return List.of();
        }
        Indexed indexed = index.current();
        List<Suggestions.Suggestion> found = new ArrayList<>(indexed.suggestions().find(query.text(), tag, SUGGESTIONS));
        if (found.size() < SUGGESTIONS) {
            Set<String> urls = new HashSet<>();
            found.forEach(s -> urls.add(s.url()));
            for (Map.Entry<String, Float> role : rankRoles(indexed, new Looked(query, indexed)).entrySet()) {
                RoleView view = indexed.roles().bySlug(role.getKey(), tag).orElse(null);
                if (found.size() < SUGGESTIONS && view != null && urls.add("/roles/" + view.slug())) {
                    found.add(new Suggestions.Suggestion(view.name(), null, "/roles/" + view.slug(), "role"));
                }
            }
        }
        return found;
    }

    // --- roles ---

    private List<RoleHit> roleHits(Indexed indexed, Looked looked, String tag) {
        List<RoleHit> hits = new ArrayList<>();
        for (String slug : rankRoles(indexed, looked).keySet()) {
            if (hits.size() == ROLE_HITS) {
                break;
            }
            RoleView role = indexed.roles().bySlug(slug, tag).orElse(null);
            if (role == null) {
                continue;
            }
            List<Mark> name = looked.highlighter.marks(role.name());
            List<Mark> alsoCalled = Mark.anyMarked(name) ? List.of() : alsoCalled(indexed, looked, slug, tag);
            hits.add(new RoleHit(role, name, alsoCalled, looked.highlighter.snippet(role.description())));
        }
        return hits;
    }

    /** The first title (in the reader's language first) that the query matches, marked. */
    private static List<Mark> alsoCalled(Indexed indexed, Looked looked, String slug, String tag) {
        List<String> tags = new ArrayList<>(List.of(tag));
        indexed.entries().stream().map(Entry::tag).distinct().filter(t -> !t.equals(tag)).forEach(tags::add);
        for (String t : tags) {
            RoleView role = indexed.roles().bySlug(slug, t).orElse(null);
            if (role == null) {
                continue;
            }
            for (RoleView.TitleView title : role.titles()) {
                List<Mark> marks = looked.highlighter.marks(title.title());
                if (Mark.anyMarked(marks) || looked.exact.contains(SearchText.exact(title.title()))) {
                    return marks;
                }
            }
        }
        return List.of();
    }

    /** Roles by score, best first; equal scores in catalog order. */
    private static Map<String, Float> rankRoles(Indexed indexed, Looked looked) {
        BooleanQuery.Builder query = roleFilter();
        addNamed(query, looked);
        add(query, looked.all(SearchIndex.NAME), 20);
        add(query, looked.all(SearchIndex.TITLE), 8);
        add(query, looked.any(SearchIndex.NAME), 4);
        add(query, looked.any(SearchIndex.TITLE), 2);
        add(query, looked.any(SearchIndex.TEXT), 1);
        Map<String, Float> best = new HashMap<>();
        for (ScoreDoc hit : search(indexed, query.setMinimumNumberShouldMatch(1).build(), 100)) {
            String slug = indexed.entry(hit.doc).role().slug();
            best.merge(slug, hit.score, Math::max);
        }
        Map<String, Float> ranked = new LinkedHashMap<>();
        best.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Float> e) -> -e.getValue())
                        .thenComparing(e -> indexed.roleOrder().getOrDefault(e.getKey(), Integer.MAX_VALUE)))
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }

    /** The clauses that say a role is named: exactly, by an abbreviation, or by all the query's words in its name. */
    private static void addNamed(BooleanQuery.Builder query, Looked looked) {
        for (String exact : looked.exact) {
            add(query, new TermQuery(new Term(SearchIndex.EXACT_NAME, exact)), EXACT_NAME);
            add(query, new TermQuery(new Term(SearchIndex.EXACT_TITLE, exact)), EXACT_TITLE);
        }
        String acronym = looked.acronym();
        if (acronym != null) {
            add(query, new TermQuery(new Term(SearchIndex.ACRONYM_NAME, acronym)), ACRONYM_NAME);
            add(query, new TermQuery(new Term(SearchIndex.ACRONYM_TITLE, acronym)), ACRONYM_TITLE);
        }
        Query allInName = looked.all(SearchIndex.NAME);
        if (allInName != null) {
            add(query, new ConstantScoreQuery(allInName), ALL_IN_NAME);
            query.add(allInName, Occur.SHOULD);
        }
    }

    // --- two roles ---

    /**
     * The comparison a query asks for: two parts, split at a word such as "vs" or 对比, or else at a space, that each
     * name a different role (by name, exact title, abbreviation or all their words in a role's name), when the whole
     * query does not name one role. Of several readings the one naming roles most exactly wins; a pair that has a
     * written comparison wins a tie ("客服 项目经理": the call-center agent, not the team leader).
     */
    private PairOffer pair(Indexed indexed, SearchText.Query query, String tag) {
        List<String> words = query.words();
        if (words.size() < 2 || words.size() > PAIR_WORDS) {
            return null;
        }
        List<Integer> separators = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (SearchText.SEPARATORS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                separators.add(i);
            }
        }
        List<Named> whole = named(indexed, query.text());
        if (!whole.isEmpty() && whole.get(0).tier() >= 2) {
            return null;
        }
        double best = 0;
        String[] chosen = null;
        List<int[]> splits = new ArrayList<>();
        if (separators.size() == 1) {
            int at = separators.get(0);
            splits.add(new int[] {at, at + 1});
        } else if (separators.isEmpty()) {
            for (int at = 1; at < words.size(); at++) {
                splits.add(new int[] {at, at});
            }
        }
        double needed = separators.isEmpty() ? 2 : 1.5;
        for (int[] split : splits) {
            List<Named> left = named(indexed, String.join(" ", words.subList(0, split[0])));
            List<Named> right = named(indexed, String.join(" ", words.subList(split[1], words.size())));
            for (int i = 0; i < Math.min(3, left.size()); i++) {
                for (int j = 0; j < Math.min(3, right.size()); j++) {
                    Named a = left.get(i);
                    Named b = right.get(j);
                    if (a.slug().equals(b.slug()) || a.tier() < needed || b.tier() < needed) {
                        continue;
                    }
                    Pair pair = Pair.of(a.slug(), b.slug());
                    double score = a.tier() + b.tier() + (indexed.writtenPairs().contains(pair.segment()) ? 1 : 0)
                            - 0.01 * (i + j);
                    if (score > best) {
                        best = score;
                        chosen = new String[] {pair.first(), pair.second()};
                    }
                }
            }
        }
        if (chosen == null) {
            return null;
        }
        RoleView first = indexed.roles().bySlug(chosen[0], tag).orElse(null);
        RoleView second = indexed.roles().bySlug(chosen[1], tag).orElse(null);
        return first == null || second == null ? null : new PairOffer(Pair.of(chosen[0], chosen[1]).path(), first, second);
    }

    /** The roles a text names, best first, with how exactly. */
    private List<Named> named(Indexed indexed, String text) {
        SearchText.Query part = SearchText.Query.of(text);
        if (part.empty()) {
            return List.of();
        }
        Looked looked = new Looked(part, indexed);
        BooleanQuery.Builder query = roleFilter();
        addNamed(query, looked);
        Map<String, Float> best = new LinkedHashMap<>();
        for (ScoreDoc hit : search(indexed, query.setMinimumNumberShouldMatch(1).build(), 20)) {
            best.merge(indexed.entry(hit.doc).role().slug(), hit.score, Math::max);
        }
        return best.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Float> e) -> -e.getValue())
                        .thenComparing(e -> indexed.roleOrder().getOrDefault(e.getKey(), Integer.MAX_VALUE)))
                .map(e -> new Named(e.getKey(), tier(e.getValue())))
                .toList();
    }

    private static double tier(float score) {
        return score >= EXACT_NAME ? 4 : score >= ACRONYM_NAME ? 3 : score >= ALL_IN_NAME ? 2 : score >= ACRONYM_TITLE ? 1.5 : 0;
    }

    // --- passages ---

    private List<PassageHit> passages(Indexed indexed, Looked looked, String tag) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.LANG, tag)), Occur.FILTER)
                .add(new TermQuery(new Term(SearchIndex.KIND, Entry.Kind.ROLE.name())), Occur.MUST_NOT);
        for (String exact : looked.exact) {
            add(query, new TermQuery(new Term(SearchIndex.EXACT_NAME, exact)), 100);
            add(query, new TermQuery(new Term(SearchIndex.EXACT_TITLE, exact)), 80);
        }
        add(query, looked.all(SearchIndex.NAME), 6);
        add(query, looked.all(SearchIndex.TITLE), 4);
        add(query, looked.any(SearchIndex.TEXT), 1);
        add(query, looked.all(SearchIndex.TEXT), 1);
        Set<String> urls = new LinkedHashSet<>();
        List<PassageHit> hits = new ArrayList<>();
        // A metric named exactly in another language ("首次解决率" on the English site) comes first, in the reader's.
        BooleanQuery.Builder named = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.KIND, Entry.Kind.METRIC.name())), Occur.FILTER)
                .add(new TermQuery(new Term(SearchIndex.LANG, tag)), Occur.MUST_NOT);
        for (String exact : looked.exact) {
            add(named, new TermQuery(new Term(SearchIndex.EXACT_NAME, exact)), 1);
            add(named, new TermQuery(new Term(SearchIndex.EXACT_TITLE, exact)), 1);
        }
        for (ScoreDoc hit : search(indexed, named.setMinimumNumberShouldMatch(1).build(), 3)) {
            indexed.metric(indexed.entry(hit.doc).url(), tag).filter(entry -> urls.add(entry.url()))
                    .ifPresent(entry -> hits.add(new PassageHit(entry.kind(), entry.url(), entry.first(), entry.second(),
                            looked.highlighter.snippet(entry.body()))));
        }
        for (ScoreDoc hit : search(indexed, query.setMinimumNumberShouldMatch(1).build(), 60)) {
            Entry entry = indexed.entry(hit.doc);
            if (hits.size() < PASSAGES && urls.add(entry.url())) {
                hits.add(new PassageHit(entry.kind(), entry.url(), entry.first(), entry.second(),
                        looked.highlighter.snippet(entry.body())));
            }
        }
        return hits;
    }

    // --- building queries ---

    private static BooleanQuery.Builder roleFilter() {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(SearchIndex.KIND, Entry.Kind.ROLE.name())), Occur.FILTER);
    }

    private static void add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause != null) {
            query.add(new BoostQuery(clause instanceof TermQuery ? new ConstantScoreQuery(clause) : clause, boost), Occur.SHOULD);
        }
    }

    private static ScoreDoc[] search(Indexed indexed, Query query, int count) {
        try {
            return indexed.searcher().search(query, count).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A query's units as terms of each analysis, with the spelling corrections of its English words, and the
     * highlighter that marks them.
     */
    private static final class Looked {

        private record Terms(Unit unit, List<String> words, List<String> grams, String correction, List<String> corrected) {
        }

        final List<Terms> terms = new ArrayList<>();
        final Set<String> exact = new LinkedHashSet<>();
        final Highlighter highlighter;
        private final SearchText.Query query;
        private final Map<String, String> corrections = new LinkedHashMap<>();

        Looked(SearchText.Query query, Indexed indexed) {
            this.query = query;
            Set<String> stems = new HashSet<>();
            List<String> han = new ArrayList<>();
            for (Unit unit : query.units()) {
                List<String> words = Analyzers.terms(Analyzers.WORDS, unit.text());
                if (unit.han()) {
                    terms.add(new Terms(unit, words, Analyzers.terms(Analyzers.GRAM_PAIRS, unit.text()), null, List.of()));
                    han.add(unit.text());
                } else {
                    String correction = indexed.spelling().correct(unit.text());
                    List<String> corrected = correction == null ? List.of() : Analyzers.terms(Analyzers.WORDS, correction);
                    if (correction != null) {
                        corrections.put(unit.text(), correction);
                    }
                    terms.add(new Terms(unit, words, List.of(), correction, corrected));
                    stems.addAll(words);
                    stems.addAll(corrected);
                }
            }
            this.highlighter = new Highlighter(stems, han);
            exact.add(SearchText.exact(query.text()));
            String correctedText = correctedText();
            if (correctedText != null) {
                exact.add(SearchText.exact(correctedText));
            }
            exact.remove("");
        }

        /** The query with its misspelt English words corrected, or null when none is. */
        String correctedText() {
            if (corrections.isEmpty()) {
                return null;
            }
            List<String> words = new ArrayList<>();
            for (String word : query.words()) {
                words.add(corrections.getOrDefault(word.toLowerCase(Locale.ROOT), word));
            }
            String corrected = String.join(" ", words);
            return corrected.equalsIgnoreCase(query.text()) ? null : corrected;
        }

        /** The query as an abbreviation: one Latin word of two to six letters. */
        String acronym() {
            if (query.units().size() != 1) {
                return null;
            }
            Unit unit = query.units().get(0);
            return !unit.han() && unit.text().length() >= 2 && unit.text().length() <= 6
                    && unit.text().chars().allMatch(Character::isLetter) ? unit.text() : null;
        }

        /** Every unit in the field (stop words aside); null when no unit can be looked for. */
        Query all(String field) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int count = 0;
            for (Terms t : terms) {
                Query unit = unit(field, t);
                if (unit != null) {
                    all.add(unit, Occur.MUST);
                    count++;
                }
            }
            return count == 0 ? null : all.build();
        }

        /** Units in the field, most of them for long queries, the more the better. */
        Query any(String field) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int count = 0;
            for (Terms t : terms) {
                Query unit = unit(field, t);
                if (unit != null) {
                    any.add(unit, Occur.SHOULD);
                    count++;
                }
            }
            return count == 0 ? null : any.setMinimumNumberShouldMatch((count + 1) / 2).build();
        }

        private static Query unit(String field, Terms t) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            int count = 0;
            if (!t.words().isEmpty()) {
                either.add(phrase(field, t.words()), Occur.SHOULD);
                count++;
            }
            if (t.unit().han()) {
                if (!t.grams().isEmpty()) {
                    either.add(phrase(field + Analyzers.GRAMS, t.grams()), Occur.SHOULD);
                    count++;
                }
            } else {
                if (!t.corrected().isEmpty()) {
                    either.add(new BoostQuery(phrase(field, t.corrected()), 0.9f), Occur.SHOULD);
                    count++;
                }
            }
            return count == 0 ? null : either.build();
        }

        private static Query phrase(String field, List<String> terms) {
            if (terms.size() == 1) {
                return new TermQuery(new Term(field, terms.get(0)));
            }
            return new PhraseQuery(field, terms.toArray(String[]::new));
        }
    }
}
