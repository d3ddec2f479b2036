package com.rolecompare.dimension;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Content;
import com.rolecompare.content.ContentRow;
import com.rolecompare.content.ContentSnapshots;
import com.rolecompare.content.Languages;

/** The dimensions of comparison, in display order, in every language. */
@Service
public class Dimensions {

    /** The dimensions of one content snapshot. */
    public static final class Catalog {

        private final Map<String, List<DimensionView>> byTag;
        private final String defaultTag;

        private Catalog(Map<String, List<DimensionView>> byTag, String defaultTag) {
            this.byTag = byTag;
            this.defaultTag = defaultTag;
        }

        public List<DimensionView> all(String tag) {
            return byTag.getOrDefault(tag, byTag.getOrDefault(defaultTag, List.of()));
        }

        public Optional<DimensionView> byKey(String key, String tag) {
            return all(tag).stream().filter(d -> d.key().equals(key)).findFirst();
        }

        public Optional<DimensionView> byId(long id, String tag) {
            return all(tag).stream().filter(d -> d.id() == id).findFirst();
        }

        public List<String> keys() {
            return all(defaultTag).stream().map(DimensionView::key).toList();
        }
    }

    private final ContentSnapshots snapshots;
    private final Languages languages;

    Dimensions(ContentSnapshots snapshots, Languages languages) {
        this.snapshots = snapshots;
        this.languages = languages;
    }

    /** The dimensions as the given content has them. */
    public Catalog in(Content content) {
        return content.derive(Catalog.class, this::build);
    }

    public List<DimensionView> all(String tag) {
        return in(snapshots.whole()).all(tag);
    }

    public Optional<DimensionView> byKey(String key, String tag) {
        return in(snapshots.whole()).byKey(key, tag);
    }

    private Catalog build(Content content) {
        Map<Long, Map<String, ContentRow>> texts = new HashMap<>();
        for (ContentRow row : content.rows(DimensionRows.TEXT)) {
            texts.computeIfAbsent(row.a(), id -> new HashMap<>()).put(row.locale(), row);
        }
        List<ContentRow> dimensions = content.rows(DimensionRows.DIMENSION).stream()
                .sorted(Comparator.comparingInt(ContentRow::position)).toList();
        Map<String, List<DimensionView>> byTag = new HashMap<>();
        for (String tag : languages.tags()) {
            byTag.put(tag, dimensions.stream().map(d -> {
                Map<String, ContentRow> own = texts.getOrDefault(d.a(), Map.of());
                ContentRow text = own.getOrDefault(tag, own.get(languages.defaultTag()));
                return new DimensionView(d.a(), d.s1(), d.position(), text == null ? d.s1() : text.s1(),
                        text == null ? "" : text.s2());
            }).toList());
        }
        return new Catalog(Map.copyOf(byTag), languages.defaultTag());
    }
}
