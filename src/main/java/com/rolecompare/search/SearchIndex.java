package com.rolecompare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import com.rolecompare.comparison.Comparisons;
import com.rolecompare.comparison.EditorialView;
import com.rolecompare.content.Content;
import com.rolecompare.content.ContentRevisions;
import com.rolecompare.content.ContentSnapshots;
import com.rolecompare.content.Languages;
import com.rolecompare.content.PointView;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.faq.FaqView;
import com.rolecompare.faq.Faqs;
import com.rolecompare.metric.MetricView;
import com.rolecompare.metric.Metrics;
import com.rolecompare.role.Pair;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;

/**
 * The search index of this instance: Lucene in memory, built from the whole catalog of one content revision. Each
 * instance builds its own from its database; nothing is shared between instances. The first search after the
 * revision moves builds the next index while other searches wait for it, and then swaps it in whole: a search sees one
 * revision's index or the next one's, never half of one. An index that is swapped out is left to the garbage
 * collector (it holds heap memory only), so a search still reading it finishes undisturbed.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    static final String KIND = "kind";
    static final String LANG = "lang";
    static final String SLUG = "slug";
    static final String REF = "ref";
    /** The role's own name, or a metric's name. */
    static final String NAME = "name";
    /** Other names: a role's titles, a metric's abbreviation and aliases. */
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String EXACT_NAME = "exact_name";
    static final String EXACT_TITLE = "exact_title";
    static final String ACRONYM_NAME = "acronym_name";
    static final String ACRONYM_TITLE = "acronym_title";
    static final List<String> TEXT_FIELDS = List.of(NAME, TITLE, TEXT);

    /** One revision's index and what the results page needs besides it. */
    record Indexed(long revision, IndexSearcher searcher, int[] refs, List<Entry> entries, Roles.Catalog roles,
            Map<String, Integer> roleOrder, Set<String> writtenPairs, Spelling spelling, Suggestions suggestions) {

        /** A glossary entry in one language, by its address. */
        java.util.Optional<Entry> metric(String url, String tag) {
            return entries.stream().filter(e -> e.kind() == Entry.Kind.METRIC && e.tag().equals(tag) && e.url().equals(url))
                    .findFirst();
        }

        /** The entry a Lucene document holds. */
        Entry entry(int doc) {
            return entries.get(refs[doc]);
        }
    }

    private final ContentSnapshots snapshots;
    private final ContentRevisions revisions;
    private final Roles roles;
    private final Dimensions dimensions;
    private final Comparisons comparisons;
    private final Faqs faqs;
    private final Metrics metrics;
    private final Languages languages;
    private final AtomicReference<Indexed> held = new AtomicReference<>();
    private final boolean indexAtStart;
    private final AtomicBoolean buildStarted = new AtomicBoolean();

    SearchIndex(ContentSnapshots snapshots, ContentRevisions revisions, Roles roles, Dimensions dimensions,
            Comparisons comparisons, Faqs faqs, Metrics metrics, Languages languages,
            @Value("${rolecompare.search.index-at-start:true}") boolean indexAtStart) {
        this.indexAtStart = indexAtStart;
        this.snapshots = snapshots;
        this.revisions = revisions;
        this.roles = roles;
        this.dimensions = dimensions;
        this.comparisons = comparisons;
        this.faqs = faqs;
        this.metrics = metrics;
        this.languages = languages;
    }

    /**
     * Builds the first index in the background once the instance has answered its first request (a page or a probe),
     * so that neither the start nor the first reader's page competes with it for the CPU; a search that comes
     * meanwhile waits for that build rather than starting another.
     */
    @EventListener(ServletRequestHandledEvent.class)
    void buildInBackground() {
        if (indexAtStart && buildStarted.compareAndSet(false, true)) {
            Thread builder = new Thread(() -> {
                try {
                    current();
                } catch (RuntimeException e) {
                    log.warn("Search index not built in the background; the first search builds it", e);
                }
            }, "search-index");
            builder.setDaemon(true);
            builder.start();
        }
    }

    /** The index of the current content revision, built now if the revision moved since the last one. */
    Indexed current() {
        long revision = revisions.current();
        Indexed indexed = held.get();
        if (indexed != null && indexed.revision() == revision) {
            return indexed;
        }
        synchronized (this) {
            indexed = held.get();
            if (indexed == null || indexed.revision() != revisions.current()) {
                indexed = build(snapshots.whole());
                held.set(indexed);
            }
            return indexed;
        }
    }

    private Indexed build(Content content) {
        long started = System.nanoTime();
        Builder builder = new Builder(content);
        long catalogs = System.nanoTime();
        for (String tag : languages.tags()) {
            builder.language(tag);
        }
        long gathered = System.nanoTime();
        Indexed indexed = builder.finish();
        log.info("Search index for content revision {}: {} entries in {} ms (catalog {} ms, entries {} ms, index {} ms)",
                content.revision(), indexed.entries().size(), (System.nanoTime() - started) / 1_000_000,
                (catalogs - started) / 1_000_000, (gathered - catalogs) / 1_000_000, (System.nanoTime() - gathered) / 1_000_000);
        return indexed;
    }

    /** Gathers the entries of one content snapshot, language by language, then writes them into a fresh index. */
    private final class Builder {

        private final Content content;
        private final Roles.Catalog catalog;
        private final List<Entry> entries = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private final Map<String, Integer> nameWords = new HashMap<>();
        private final Set<String> knownWords = new HashSet<>();
        private final Set<String> writtenPairs = new HashSet<>();
        private final Suggestions.Builder suggestions = new Suggestions.Builder();

        Builder(Content content) {
            this.content = content;
            this.catalog = roles.in(content);
        }

        void language(String tag) {
            List<DimensionView> dimensionViews = dimensions.in(content).all(tag);
            for (RoleView role : catalog.all(tag)) {
                addRole(role, tag);
                for (DimensionView dimension : dimensionViews) {
                    for (PointView point : catalog.points(role.id(), dimension.id(), tag)) {
                        Entry entry = new Entry(Entry.Kind.POINT, tag, "/roles/" + role.slug() + "#" + dimension.key(),
                                role.name(), dimension.name(), pointText(point), role);
                        add(entry, document(entry).text(entry.body()));
                    }
                }
            }
            Faqs.Catalog faq = faqs.in(content);
            for (EditorialView editorial : comparisons.editorials(content, tag)) {
                RoleView a = catalog.byId(editorial.roleAId(), tag).orElse(null);
                RoleView b = catalog.byId(editorial.roleBId(), tag).orElse(null);
                if (a == null || b == null) {
                    continue;
                }
                Pair pair = Pair.of(a.slug(), b.slug());
                writtenPairs.add(pair.segment());
                RoleView first = pair.reversed() ? b : a;
                RoleView second = pair.reversed() ? a : b;
                String path = pair.path();
                addEditorial(path, first, second, tag, editorial.summary());
                addEditorial(path + "#key-difference-heading", first, second, tag,
                        editorial.keyDimension().name() + ": " + editorial.keyDifference());
                editorial.keyReasons().forEach(p -> addEditorial(path + "#key-difference-heading", first, second, tag, pointText(p)));
                editorial.conclusion().forEach(p -> addEditorial(path + "#conclusion-heading", first, second, tag, pointText(p)));
                faq.forComparison(editorial.comparisonId(), tag).forEach(q -> addFaq(q, tag));
            }
            faq.siteWide(tag).forEach(q -> addFaq(q, tag));
            Metrics.Catalog glossary = metrics.in(content);
            for (MetricView metric : glossary.all(tag)) {
                addMetric(metric, glossary.aliases(metric, tag), tag);
            }
        }

        private void addRole(RoleView role, String tag) {
            Entry entry = new Entry(Entry.Kind.ROLE, tag, "/roles/" + role.slug(), role.name(), null, role.description(), role);
            List<String> titles = role.titles().stream().map(RoleView.TitleView::title).toList();
            Fields fields = document(entry).name(role.name()).text(role.description());
            fields.document.add(new StringField(SLUG, role.slug(), Field.Store.NO));
            SearchText.exactForms(role.name()).forEach(f -> fields.document.add(new StringField(EXACT_NAME, f, Field.Store.NO)));
            SearchText.acronyms(role.name()).forEach(a -> fields.document.add(new StringField(ACRONYM_NAME, a, Field.Store.NO)));
            for (String title : titles) {
                fields.title(title);
                SearchText.exactForms(title).forEach(f -> fields.document.add(new StringField(EXACT_TITLE, f, Field.Store.NO)));
                SearchText.acronyms(title).forEach(a -> fields.document.add(new StringField(ACRONYM_TITLE, a, Field.Store.NO)));
            }
            add(entry, fields);
            countNameWords(role.name());
            titles.forEach(this::countNameWords);
            suggestions.role(tag, role, titles);
        }

        private void addEditorial(String url, RoleView first, RoleView second, String tag, String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            Entry entry = new Entry(Entry.Kind.EDITORIAL, tag, url, first.name(), second.nameInText(), text, null);
            add(entry, document(entry).text(text));
        }

        private void addFaq(FaqView question, String tag) {
            Entry entry = new Entry(Entry.Kind.FAQ, tag, "/faq#" + question.anchor(), question.question(), null,
                    question.answer(), null);
            add(entry, document(entry).text(question.question()).text(question.answer()));
        }

        private void addMetric(MetricView metric, List<String> aliases, String tag) {
            Entry entry = new Entry(Entry.Kind.METRIC, tag, metric.path(), metric.title(), null, metric.definition(), null);
            Fields fields = document(entry).name(metric.name()).text(metric.definition());
            List<String> otherNames = new ArrayList<>(aliases);
            if (metric.abbreviation() != null && !metric.abbreviation().isBlank()) {
                otherNames.add(metric.abbreviation());
            }
            SearchText.exactForms(metric.name()).forEach(f -> fields.document.add(new StringField(EXACT_NAME, f, Field.Store.NO)));
            for (String other : otherNames) {
                fields.title(other);
                SearchText.exactForms(other).forEach(f -> fields.document.add(new StringField(EXACT_TITLE, f, Field.Store.NO)));
            }
            add(entry, fields);
            countNameWords(metric.name());
            otherNames.forEach(this::countNameWords);
            suggestions.metric(tag, metric, otherNames);
        }

        private static String pointText(PointView point) {
            return point.hasDetail() ? point.headline() + " — " + point.detail() : point.headline();
        }

        private Fields document(Entry entry) {
            Document document = new Document();
            document.add(new StringField(KIND, entry.kind().name(), Field.Store.NO));
            document.add(new StringField(LANG, entry.tag(), Field.Store.NO));
            document.add(new StoredField(REF, entries.size()));
            return new Fields(document);
        }

        private void add(Entry entry, Fields fields) {
            entries.add(entry);
            documents.add(fields.document);
        }

        private void countNameWords(String name) {
            Analyzers.terms(Analyzers.PLAIN_WORDS, name).forEach(w -> nameWords.merge(w, 1, Integer::sum));
        }

        /** Adds a text field the two ways it is searched, and remembers its Latin words for spelling. */
        private final class Fields {

            final Document document;

            Fields(Document document) {
                this.document = document;
            }

            Fields name(String text) {
                return field(NAME, text);
            }

            Fields title(String text) {
                return field(TITLE, text);
            }

            Fields text(String text) {
                return field(TEXT, text);
            }

            private Fields field(String name, String text) {
                if (text != null && !text.isBlank()) {
                    document.add(new TextField(name, text, Field.Store.NO));
                    document.add(new TextField(name + Analyzers.GRAMS, text, Field.Store.NO));
                    knownWords.addAll(Analyzers.terms(Analyzers.PLAIN_WORDS, text));
                }
                return this;
            }
        }

        Indexed finish() {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField(TEXT_FIELDS))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try {
                try (IndexWriter writer = new IndexWriter(directory, config)) {
                    writer.addDocuments(documents);
                }
                DirectoryReader reader = DirectoryReader.open(directory);
                IndexSearcher searcher = new IndexSearcher(reader);
                // Lucene may order documents its own way: read each one's entry number once, not on every hit.
                int[] refs = new int[reader.maxDoc()];
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < refs.length; doc++) {
                    refs[doc] = stored.document(doc).getField(REF).numericValue().intValue();
                }
                Map<String, Integer> order = new HashMap<>();
                List<RoleView> all = catalog.all(languages.defaultTag());
                for (int i = 0; i < all.size(); i++) {
                    order.put(all.get(i).slug(), i);
                }
                return new Indexed(content.revision(), searcher, refs, List.copyOf(entries), catalog, Map.copyOf(order),
                        Set.copyOf(writtenPairs), new Spelling(nameWords, knownWords), suggestions.build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
