package com.rolecompare.faq;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Content;
import com.rolecompare.content.ContentRow;
import com.rolecompare.content.ContentSnapshots;
import com.rolecompare.content.Languages;
import com.rolecompare.content.Sources;

/** The questions and answers, site-wide or attached to a comparison. */
@Service
public class Faqs {

    /** The FAQ of one content snapshot. */
    public static final class Catalog {

        private record Entry(Long comparisonId, Map<String, FaqView> byTag) {
        }

        private final List<Entry> entries;
        private final String defaultTag;

        private Catalog(List<Entry> entries, String defaultTag) {
            this.entries = entries;
            this.defaultTag = defaultTag;
        }

        public List<FaqView> siteWide(String tag) {
            return select(null, tag);
        }

        public List<FaqView> forComparison(long comparisonId, String tag) {
            return select(comparisonId, tag);
        }

        private List<FaqView> select(Long comparisonId, String tag) {
            return entries.stream().filter(e -> Objects.equals(e.comparisonId(), comparisonId))
                    .map(e -> e.byTag().getOrDefault(tag, e.byTag().get(defaultTag)))
                    .filter(Objects::nonNull)
                    .toList();
        }
    }

    private final ContentSnapshots snapshots;
    private final Languages languages;

    Faqs(ContentSnapshots snapshots, Languages languages) {
        this.snapshots = snapshots;
        this.languages = languages;
    }

    public Catalog in(Content content) {
        return content.derive(Catalog.class, this::build);
    }

    public List<FaqView> siteWide(String tag) {
        return in(snapshots.whole()).siteWide(tag);
    }

    private Catalog build(Content content) {
        Sources sources = Sources.in(content);
        Map<Long, Map<String, ContentRow>> texts = new HashMap<>();
        content.rows(FaqRows.TEXT).forEach(r -> texts.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.locale(), r));
        Map<Long, List<Long>> cited = content.rows(FaqRows.SOURCE).stream()
                .sorted(Comparator.comparingInt(ContentRow::position))
                .collect(Collectors.groupingBy(ContentRow::a, Collectors.mapping(ContentRow::b, Collectors.toList())));
        List<Catalog.Entry> entries = content.rows(FaqRows.ENTRY).stream()
                .sorted(Comparator.comparingInt(ContentRow::position).thenComparingLong(ContentRow::a))
                .map(f -> {
                    Map<String, FaqView> byTag = new HashMap<>();
                    texts.getOrDefault(f.a(), Map.of()).forEach((tag, t) -> byTag.put(tag,
                            new FaqView(f.s1(), t.s1(), t.s2(), sources.resolve(cited.getOrDefault(f.a(), List.of())))));
                    return new Catalog.Entry(f.b(), Map.copyOf(byTag));
                })
                .toList();
        return new Catalog(entries, languages.defaultTag());
    }
}
