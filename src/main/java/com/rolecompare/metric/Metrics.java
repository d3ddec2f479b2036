package com.rolecompare.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Content;
import com.rolecompare.content.ContentRow;
import com.rolecompare.content.ContentSnapshots;
import com.rolecompare.content.Languages;
import com.rolecompare.content.Sources;

/** The glossary of performance metrics, and the links from points that name one. */
@Service
public class Metrics {

    /** The family order of the glossary. */
    static final List<String> FAMILIES = List.of("call-center", "projects", "sales-marketing", "software", "people",
            "operations");

    /** The glossary of one content snapshot, in every language. */
    public static final class Catalog {

        private final Map<String, List<MetricView>> byTag;
        private final Map<String, MetricLinks> links;
        private final String defaultTag;

        private Catalog(Map<String, List<MetricView>> byTag, Map<String, MetricLinks> links, String defaultTag) {
            this.byTag = byTag;
            this.links = links;
            this.defaultTag = defaultTag;
        }

        public List<MetricView> all(String tag) {
            return byTag.getOrDefault(tag, byTag.getOrDefault(defaultTag, List.of()));
        }

        public List<MetricFamily> families(String tag) {
            Map<String, List<MetricView>> grouped = new LinkedHashMap<>();
            FAMILIES.forEach(f -> grouped.put(f, new ArrayList<>()));
            all(tag).forEach(m -> grouped.computeIfAbsent(m.family(), f -> new ArrayList<>()).add(m));
            return grouped.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> new MetricFamily(e.getKey(), List.copyOf(e.getValue()))).toList();
        }

        public Optional<MetricView> byKey(String key, String tag) {
            return all(tag).stream().filter(m -> m.key().equals(key)).findFirst();
        }

        /** The other names a metric goes by in one language (its aliases), as texts write them. */
        public List<String> aliases(MetricView metric, String tag) {
            return links(tag).namesOf(metric.path());
        }

        /** Links metric names in texts of one language. */
        public MetricLinks links(String tag) {
            return links.getOrDefault(tag, MetricLinks.none());
        }
    }

    private final ContentSnapshots snapshots;
    private final Languages languages;

    Metrics(ContentSnapshots snapshots, Languages languages) {
        this.snapshots = snapshots;
        this.languages = languages;
    }

    public Catalog in(Content content) {
        return content.derive(Catalog.class, this::build);
    }

    public Catalog catalog() {
        return in(snapshots.whole());
    }

    private Catalog build(Content content) {
        Sources sources = Sources.in(content);
        Map<Long, Map<String, ContentRow>> texts = byIdAndLocale(content.rows(MetricRows.TEXT));
        Map<Long, Map<String, ContentRow>> more = byIdAndLocale(content.rows(MetricRows.MORE));
        Map<String, List<ContentRow>> inputs = new HashMap<>();
        content.rows(MetricRows.INPUT).forEach(r -> inputs.computeIfAbsent(r.a() + "/" + r.locale(), k -> new ArrayList<>()).add(r));
        List<ContentRow> metrics = content.rows(MetricRows.METRIC).stream()
                .sorted(Comparator.comparingInt((ContentRow m) -> familyOrder(m.s2())).thenComparingInt(ContentRow::position))
                .toList();
        Map<String, List<MetricView>> byTag = new HashMap<>();
        Map<String, MetricLinks> links = new HashMap<>();
        for (String tag : languages.tags()) {
            List<MetricView> views = new ArrayList<>();
            Map<Long, String> paths = new HashMap<>();
            for (ContentRow m : metrics) {
                ContentRow text = localized(texts.get(m.a()), tag);
                ContentRow extra = localized(more.get(m.a()), tag);
                if (text == null || extra == null) {
                    continue;
                }
                List<String> labels = inputs.getOrDefault(m.a() + "/" + tag, List.of()).stream()
                        .sorted(Comparator.comparingInt(ContentRow::position)).map(ContentRow::s1).toList();
                Calculator.Kind kind = Calculator.Kind.of(m.s3());
                List<String> example = m.s4() == null ? List.of() : Arrays.stream(m.s4().split(",")).map(String::trim).toList();
                MetricView view = new MetricView(m.s1(), m.s2(), m.position(), text.s1(), text.s2(), text.s3(), text.s4(),
                        text.s5(), extra.s1(), extra.s2(), kind, labels, example, sources.byId(m.b()));
                views.add(view);
                paths.put(m.a(), view.path());
            }
            byTag.put(tag, List.copyOf(views));
            List<MetricLinks.Alias> aliases = content.rows(MetricRows.ALIAS).stream()
                    .filter(a -> tag.equals(a.locale()) && paths.containsKey(a.a()))
                    .map(a -> new MetricLinks.Alias(a.s1(), paths.get(a.a())))
                    .toList();
            links.put(tag, new MetricLinks(aliases));
        }
        return new Catalog(Map.copyOf(byTag), Map.copyOf(links), languages.defaultTag());
    }

    private static int familyOrder(String family) {
        int at = FAMILIES.indexOf(family);
        return at < 0 ? FAMILIES.size() : at;
    }

    private ContentRow localized(Map<String, ContentRow> byLocale, String tag) {
        return byLocale == null ? null : byLocale.getOrDefault(tag, byLocale.get(languages.defaultTag()));
    }

    private static Map<Long, Map<String, ContentRow>> byIdAndLocale(List<ContentRow> rows) {
        Map<Long, Map<String, ContentRow>> map = new HashMap<>();
        rows.forEach(r -> map.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.locale(), r));
        return map;
    }
}
