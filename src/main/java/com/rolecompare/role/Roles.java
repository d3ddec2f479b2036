package com.rolecompare.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Content;
import com.rolecompare.content.ContentRow;
import com.rolecompare.content.ContentSnapshots;
import com.rolecompare.content.Languages;
import com.rolecompare.content.PointView;
import com.rolecompare.content.SourceView;
import com.rolecompare.content.Sources;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.metric.MetricLinks;
import com.rolecompare.metric.Metrics;
import com.rolecompare.onet.Occupations;
import com.rolecompare.role.RoleView.FactView;
import com.rolecompare.role.RoleView.OccupationCodeView;
import com.rolecompare.role.RoleView.OnetView;
import com.rolecompare.role.RoleView.TitleView;

/** The catalog of roles: families, roles, their points per dimension, titles, figures and links. */
@Service
public class Roles {

    static final String NEXT_STEP = "next_step";
    static final String ONET_RELATED = "onet_related";

    /** The roles of one content snapshot, in every language, immutable. */
    public static final class Catalog {

        private record PointsKey(long roleId, long dimensionId, String tag) {
        }

        private record Link(long from, long to, String kind, int position, SourceView source) {
        }

        private final Map<String, List<RoleView>> rolesByTag;
        private final Map<String, Map<String, RoleView>> bySlugByTag;
        private final Map<String, Map<Long, RoleView>> byIdByTag;
        private final Map<String, List<FamilyView>> familiesByTag;
        private final Map<PointsKey, List<PointView>> points;
        private final List<Link> links;
        private final String defaultTag;

        private Catalog(Map<String, List<RoleView>> rolesByTag, Map<String, List<FamilyView>> familiesByTag,
                Map<PointsKey, List<PointView>> points, List<Link> links, String defaultTag) {
            this.rolesByTag = rolesByTag;
            this.familiesByTag = familiesByTag;
            this.points = points;
            this.links = links;
            this.defaultTag = defaultTag;
            this.bySlugByTag = index(rolesByTag, RoleView::slug);
            this.byIdByTag = index(rolesByTag, RoleView::id);
        }

        private static <K> Map<String, Map<K, RoleView>> index(Map<String, List<RoleView>> byTag, Function<RoleView, K> key) {
            return byTag.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    e -> e.getValue().stream().collect(Collectors.toUnmodifiableMap(key, r -> r))));
        }

        private String tag(String tag) {
            return rolesByTag.containsKey(tag) ? tag : defaultTag;
        }

        /** Every role, family by family, in order. */
        public List<RoleView> all(String tag) {
            return rolesByTag.getOrDefault(tag(tag), List.of());
        }

        public Optional<RoleView> bySlug(String slug, String tag) {
            return slug == null ? Optional.empty()
                    : Optional.ofNullable(bySlugByTag.getOrDefault(tag(tag), Map.of()).get(slug));
        }

        public Optional<RoleView> byId(long id, String tag) {
            return Optional.ofNullable(byIdByTag.getOrDefault(tag(tag), Map.of()).get(id));
        }

        public boolean exists(String slug) {
            return bySlug(slug, defaultTag).isPresent();
        }

        Set<String> slugs() {
            return bySlugByTag.getOrDefault(defaultTag, Map.of()).keySet();
        }

        /** A role's points for one dimension, in order; empty when it has none in that language. */
        public List<PointView> points(long roleId, long dimensionId, String tag) {
            return points.getOrDefault(new PointsKey(roleId, dimensionId, tag), List.of());
        }

        /** The families with their roles, in order; families without a role are left out. */
        public List<FamilyGroup> families(String tag) {
            List<RoleView> roles = all(tag);
            return familiesByTag.getOrDefault(tag(tag), List.of()).stream()
                    .map(f -> new FamilyGroup(f, roles.stream().filter(r -> r.family().id() == f.id()).toList()))
                    .filter(g -> !g.roles().isEmpty())
                    .toList();
        }

        /** The roles people move on to from this one, each with its source. */
        public List<LinkView> nextSteps(long roleId, String tag) {
            return linked(l -> l.from() == roleId && l.kind().equals(NEXT_STEP), Link::to, tag);
        }

        /** The roles people move on to this one from. */
        public List<LinkView> previousSteps(long roleId, String tag) {
            return linked(l -> l.to() == roleId && l.kind().equals(NEXT_STEP), Link::from, tag);
        }

        /** Roles of the catalog whose occupations O*NET relates to this role's, in O*NET's order. */
        public List<LinkView> related(long roleId, String tag) {
            return linked(l -> l.from() == roleId && l.kind().equals(ONET_RELATED), Link::to, tag);
        }

        private List<LinkView> linked(java.util.function.Predicate<Link> which, Function<Link, Long> other, String tag) {
            return links.stream().filter(which)
                    .sorted(Comparator.comparingInt(Link::position))
                    .flatMap(l -> byId(other.apply(l), tag).map(r -> new LinkView(r, l.source())).stream())
                    .toList();
        }
    }

    static final int MAX_SLUG_LENGTH = 60;
    static final String METRICS_DIMENSION = "kpis";

    private final ContentSnapshots snapshots;
    private final RoleSlugs slugIndex;
    private final Occupations occupations;
    private final Dimensions dimensions;
    private final Metrics metrics;
    private final Languages languages;

    Roles(ContentSnapshots snapshots, RoleSlugs slugIndex, Occupations occupations, Dimensions dimensions,
            Metrics metrics, Languages languages) {
        this.snapshots = snapshots;
        this.slugIndex = slugIndex;
        this.dimensions = dimensions;
        this.metrics = metrics;
        this.occupations = occupations;
        this.languages = languages;
    }

    /** The roles as the given content has them. */
    public Catalog in(Content content) {
        return content.derive(Catalog.class, this::build);
    }

    /** The whole catalog. */
    public Catalog catalog() {
        return in(snapshots.whole());
    }

    public List<RoleView> all(String tag) {
        return catalog().all(tag);
    }

    public Optional<RoleView> bySlug(String slug, String tag) {
        return catalog().bySlug(slug, tag);
    }

    /**
     * Whether a role exists, without reading the whole catalog: from the catalog if it is held, else from the list of
     * slugs (one small query per content revision).
     */
    public boolean exists(String slug) {
        if (slug == null || slug.isEmpty() || slug.length() > MAX_SLUG_LENGTH) {
            return false;
        }
        Set<String> slugs = snapshots.wholeIfHeld().map(content -> in(content).slugs())
                .orElseGet(() -> snapshots.small("role-slugs", () -> Set.copyOf(slugIndex.all())));
        return slugs.contains(slug);
    }

    private Catalog build(Content content) {
        Sources sources = Sources.in(content);
        Occupations.Catalog onet = occupations.in(content);
        Map<Long, Map<String, ContentRow>> texts = byOwnerAndLocale(content.rows(RoleRows.TEXT));
        Map<Long, Map<String, ContentRow>> familyTexts = byOwnerAndLocale(content.rows(RoleRows.FAMILY_TEXT));
        Map<Long, Map<String, ContentRow>> factTexts = byOwnerAndLocale(content.rows(RoleRows.FACT_TEXT));
        Map<Long, List<ContentRow>> titles = byOwner(content.rows(RoleRows.TITLE));
        Map<Long, List<ContentRow>> codes = byOwner(content.rows(RoleRows.CODE));
        Map<Long, List<ContentRow>> facts = byOwner(content.rows(RoleRows.FACT));
        Map<Long, List<ContentRow>> ownSources = byOwner(content.rows(RoleRows.SOURCE));
        Map<Long, List<ContentRow>> pointRows = byOwner(content.rows(RoleRows.POINT));
        Map<Long, List<ContentRow>> linkRows = byOwner(content.rows(RoleRows.LINK));

        Map<Long, ContentRow> families = content.rows(RoleRows.FAMILY).stream()
                .collect(Collectors.toMap(ContentRow::a, r -> r));
        List<ContentRow> roles = content.rows(RoleRows.ROLE).stream()
                .sorted(Comparator.comparingInt((ContentRow r) -> families.containsKey(r.b()) ? families.get(r.b()).position() : 0)
                        .thenComparingInt(ContentRow::position).thenComparing(ContentRow::s1))
                .toList();

        Map<String, List<RoleView>> rolesByTag = new LinkedHashMap<>();
        Map<String, List<FamilyView>> familiesByTag = new LinkedHashMap<>();
        for (String tag : languages.tags()) {
            Map<Long, FamilyView> familyViews = new LinkedHashMap<>();
            families.values().stream().sorted(Comparator.comparingInt(ContentRow::position)).forEach(f -> {
                ContentRow text = localized(familyTexts.get(f.a()), tag);
                familyViews.put(f.a(), new FamilyView(f.a(), f.s1(), f.position(), text == null ? f.s1() : text.s1(),
                        text == null ? "" : text.s2()));
            });
            familiesByTag.put(tag, List.copyOf(familyViews.values()));
            List<RoleView> views = new ArrayList<>();
            for (ContentRow role : roles) {
                long id = role.a();
                ContentRow text = localized(texts.get(id), tag);
                String name = text == null ? role.s1() : text.s1();
                List<TitleView> titleViews = titles.getOrDefault(id, List.of()).stream()
                        .filter(t -> tag.equals(t.locale())).sorted(Comparator.comparingInt(ContentRow::position))
                        .map(t -> new TitleView(t.s1(), sources.byId(t.b()))).toList();
                List<OccupationCodeView> codeViews = codes.getOrDefault(id, List.of()).stream()
                        .sorted(Comparator.comparingInt(ContentRow::position))
                        .map(c -> new OccupationCodeView(c.s1(), c.s2(), c.s3(), sources.byId(c.b()))).toList();
                List<ContentRow> roleFacts = facts.getOrDefault(id, List.of()).stream()
                        .sorted(Comparator.comparingInt(ContentRow::position)).toList();
                List<FactView> factViews = roleFacts.stream().map(f -> {
                    ContentRow body = localized(factTexts.get(f.d()), tag);
                    return new FactView(body == null ? "" : body.s1(), sources.byId(f.b()));
                }).toList();
                OnetView onetView = new OnetView(onet.byCode(role.s2()).orElse(null), "nearest".equals(role.s3()),
                        onet.byCode(role.s4()).orElse(null));

                List<Long> cited = new ArrayList<>();
                ownSources.getOrDefault(id, List.of()).stream().sorted(Comparator.comparingInt(ContentRow::position))
                        .forEach(s -> cited.add(s.b()));
                titles.getOrDefault(id, List.of()).forEach(t -> cited.add(t.b()));
                roleFacts.forEach(f -> cited.add(f.b()));
                codes.getOrDefault(id, List.of()).forEach(c -> cited.add(c.b()));
                pointRows.getOrDefault(id, List.of()).stream().filter(p -> tag.equals(p.locale())).forEach(p -> cited.add(p.d()));
                linkRows.getOrDefault(id, List.of()).forEach(l -> cited.add(l.d()));
                if (onetView.occupation() != null && onetView.occupation().source() != null) {
                    cited.add(onetView.occupation().source().id());
                }
                if (onetView.ratings() != null && onetView.ratings().source() != null) {
                    cited.add(onetView.ratings().source().id());
                }

                views.add(new RoleView(id, role.s1(), role.position(), familyViews.get(role.b()), name,
                        inText(name, tag), text == null ? "" : text.s2(), titleViews, onetView, codeViews, factViews,
                        sources.resolve(cited)));
            }
            rolesByTag.put(tag, List.copyOf(views));
        }

        // Points on performance metrics link the metrics they name to the glossary.
        long metricsDimension = dimensions.in(content).byKey(METRICS_DIMENSION, languages.defaultTag())
                .map(d -> d.id()).orElse(-1L);
        Metrics.Catalog glossary = metrics.in(content);
        Map<Catalog.PointsKey, List<PointView>> points = new HashMap<>();
        content.rows(RoleRows.POINT).stream()
                .sorted(Comparator.comparingInt(ContentRow::position))
                .forEach(p -> {
                    PointView point = new PointView(p.s1(), p.s2(), sources.byId(p.d()));
                    if (p.b() == metricsDimension) {
                        MetricLinks links = glossary.links(p.locale());
                        point = point.withParts(links.parts(p.s1()), links.parts(p.s2()));
                    }
                    points.computeIfAbsent(new Catalog.PointsKey(p.a(), p.b(), p.locale()), k -> new ArrayList<>()).add(point);
                });
        points.replaceAll((k, v) -> List.copyOf(v));
        List<Catalog.Link> links = content.rows(RoleRows.LINK).stream()
                .map(l -> new Catalog.Link(l.a(), l.b(), l.s1(), l.position(), sources.byId(l.d())))
                .toList();
        return new Catalog(Map.copyOf(rolesByTag), Map.copyOf(familiesByTag), Map.copyOf(points), links,
                languages.defaultTag());
    }

    /** English names start lower-case inside a sentence, unless they start with an acronym ("IT", "HR"). */
    static String inText(String name, String tag) {
        if (!tag.startsWith("en") || name.length() < 2 || !Character.isUpperCase(name.charAt(0))
                || Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private ContentRow localized(Map<String, ContentRow> byLocale, String tag) {
        if (byLocale == null) {
            return null;
        }
        return byLocale.getOrDefault(tag, byLocale.get(languages.defaultTag()));
    }

    private static Map<Long, Map<String, ContentRow>> byOwnerAndLocale(List<ContentRow> rows) {
        Map<Long, Map<String, ContentRow>> map = new HashMap<>();
        rows.forEach(r -> map.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.locale(), r));
        return map;
    }

    private static Map<Long, List<ContentRow>> byOwner(List<ContentRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(ContentRow::a));
    }
}
