package com.rolecompare.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Content;
import com.rolecompare.content.ContentRow;
import com.rolecompare.content.Languages;
import com.rolecompare.content.PointView;
import com.rolecompare.content.Sources;
import com.rolecompare.dimension.Dimensions;

/** What editors wrote about pairs of roles. */
@Service
class Editorials {

    static final String KEY_DIFFERENCE = "KEY_DIFFERENCE";
    static final String CONCLUSION = "CONCLUSION";

    /** The editorials of one content snapshot, in every language. */
    static final class Catalog {

        private record Pair(long roleA, long roleB) {
        }

        private final Map<Pair, Map<String, EditorialView>> byPair;
        private final List<Map<String, EditorialView>> all;
        private final String defaultTag;

        private Catalog(Map<Pair, Map<String, EditorialView>> byPair, List<Map<String, EditorialView>> all, String defaultTag) {
            this.byPair = byPair;
            this.all = all;
            this.defaultTag = defaultTag;
        }

        /** The editorial for a pair of role ids, in either order. */
        Optional<EditorialView> find(long roleId, long otherRoleId, String tag) {
            Map<String, EditorialView> found = byPair.getOrDefault(new Pair(roleId, otherRoleId),
                    byPair.get(new Pair(otherRoleId, roleId)));
            return Optional.ofNullable(found).map(byTag -> byTag.getOrDefault(tag, byTag.get(defaultTag)));
        }

        /** Every editorial, oldest first. */
        List<EditorialView> all(String tag) {
            return all.stream().map(byTag -> byTag.getOrDefault(tag, byTag.get(defaultTag))).toList();
        }
    }

    private final Dimensions dimensions;
    private final Languages languages;

    Editorials(Dimensions dimensions, Languages languages) {
        this.dimensions = dimensions;
        this.languages = languages;
    }

    Catalog in(Content content) {
        return content.derive(Catalog.class, this::build);
    }

    private Catalog build(Content content) {
        Sources sources = Sources.in(content);
        Dimensions.Catalog dimensionCatalog = dimensions.in(content);
        Map<Long, Map<String, ContentRow>> texts = new HashMap<>();
        content.rows(EditorialRows.TEXT).forEach(r -> texts.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.locale(), r));
        Map<String, List<PointView>> points = new HashMap<>();
        content.rows(EditorialRows.POINT).stream().sorted(Comparator.comparingInt(ContentRow::position))
                .forEach(p -> points.computeIfAbsent(p.a() + "/" + p.s3() + "/" + p.locale(), k -> new ArrayList<>())
                        .add(new PointView(p.s1(), p.s2(), sources.byId(p.b()))));
        Map<Long, List<Long>> cited = new HashMap<>();
        content.rows(EditorialRows.SOURCE).stream().sorted(Comparator.comparingInt(ContentRow::position))
                .forEach(s -> cited.computeIfAbsent(s.a(), k -> new ArrayList<>()).add(s.b()));

        Map<Catalog.Pair, Map<String, EditorialView>> byPair = new HashMap<>();
        List<Map<String, EditorialView>> all = new ArrayList<>();
        content.rows(EditorialRows.COMPARISON).stream().sorted(Comparator.comparingLong(ContentRow::a)).forEach(c -> {
            Map<String, EditorialView> byTag = new HashMap<>();
            for (String tag : languages.tags()) {
                Map<String, ContentRow> own = texts.getOrDefault(c.a(), Map.of());
                ContentRow text = own.getOrDefault(tag, own.get(languages.defaultTag()));
                byTag.put(tag, new EditorialView(c.a(), c.b(), c.d(),
                        text == null ? "" : text.s1(),
                        dimensionCatalog.byId(c.c(), tag).orElseThrow(),
                        text == null ? "" : text.s2(),
                        List.copyOf(points.getOrDefault(c.a() + "/" + KEY_DIFFERENCE + "/" + tag, List.of())),
                        List.copyOf(points.getOrDefault(c.a() + "/" + CONCLUSION + "/" + tag, List.of())),
                        LocalDate.parse(c.s1()),
                        sources.resolve(cited.getOrDefault(c.a(), List.of()))));
            }
            byPair.put(new Catalog.Pair(c.b(), c.d()), Map.copyOf(byTag));
            all.add(Map.copyOf(byTag));
        });
        return new Catalog(Map.copyOf(byPair), List.copyOf(all), languages.defaultTag());
    }
}
