package com.rolecompare.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Languages;
import com.rolecompare.content.PointView;
import com.rolecompare.content.RevisionCache;
import com.rolecompare.content.SourceView;
import com.rolecompare.content.Sources;
import com.rolecompare.role.RoleView.FactView;
import com.rolecompare.role.RoleView.OccupationCodeView;

/** The catalog of roles and their points per dimension, read once per content revision. */
@Service
public class Roles {

    /** Everything about the catalog in every language, immutable. */
    private record Catalog(Map<String, List<RoleView>> rolesByTag, Map<String, Map<String, RoleView>> bySlugByTag,
            Map<PointsKey, List<PointView>> points) {
    }

    private record PointsKey(long roleId, long dimensionId, String tag) {
    }

    private final Supplier<Catalog> catalog;
    private final Languages languages;

    Roles(RoleRepository repository, Sources sources, RevisionCache cache, Languages languages) {
        this.languages = languages;
        this.catalog = cache.of(() -> load(repository, sources, languages));
    }

    private static Catalog load(RoleRepository repository, Sources sources, Languages languages) {
        List<Role> roles = repository.findAllWithTexts();
        Map<Long, List<OccupationCode>> codes = repository.findAllCodes().stream()
                .collect(Collectors.groupingBy(OccupationCode::roleId));
        Map<Long, List<RoleFact>> facts = repository.findAllFacts().stream()
                .collect(Collectors.groupingBy(RoleFact::roleId));

        Map<String, List<RoleView>> rolesByTag = new LinkedHashMap<>();
        for (String tag : languages.tags()) {
            List<RoleView> views = new ArrayList<>();
            for (Role role : roles) {
                views.add(view(role, codes.getOrDefault(role.id(), List.of()),
                        facts.getOrDefault(role.id(), List.of()), sources, tag, languages.defaultTag()));
            }
            rolesByTag.put(tag, List.copyOf(views));
        }

        Map<PointsKey, List<PointView>> points = repository.findAllPoints().stream()
                .collect(Collectors.groupingBy(p -> new PointsKey(p.roleId(), p.dimensionId(), p.locale()),
                        Collectors.mapping(RolePoint::toView, Collectors.toUnmodifiableList())));
        Map<String, Map<String, RoleView>> bySlugByTag = rolesByTag.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .collect(Collectors.toUnmodifiableMap(RoleView::slug, r -> r))));
        return new Catalog(Map.copyOf(rolesByTag), bySlugByTag, Map.copyOf(points));
    }

    private static RoleView view(Role role, List<OccupationCode> codes, List<RoleFact> facts, Sources sources,
            String tag, String defaultTag) {
        RoleText text = role.texts().getOrDefault(tag, role.texts().get(defaultTag));
        List<OccupationCodeView> codeViews = codes.stream()
                .map(c -> new OccupationCodeView(c.scheme(), c.code(), c.title(), one(sources, c.sourceId())))
                .toList();
        List<FactView> factViews = facts.stream()
                .map(f -> new FactView(f.texts().getOrDefault(tag, f.texts().get(defaultTag)), one(sources, f.sourceId())))
                .toList();

        List<Long> sourceIds = new ArrayList<>(role.sourcePositions().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey)
                .toList());
        codes.forEach(c -> sourceIds.add(c.sourceId()));
        facts.forEach(f -> sourceIds.add(f.sourceId()));

        return new RoleView(role.id(), role.slug(), role.position(),
                text == null ? role.slug() : text.name(),
                text == null ? "" : text.description(),
                codeViews, factViews, sources.resolve(sourceIds));
    }

    private static SourceView one(Sources sources, long id) {
        return sources.resolve(List.of(id)).stream().findFirst().orElse(null);
    }

    public List<RoleView> all(String tag) {
        Catalog current = catalog.get();
        return current.rolesByTag().getOrDefault(tag, current.rolesByTag().get(languages.defaultTag()));
    }

    public Optional<RoleView> bySlug(String slug, String tag) {
        Catalog current = catalog.get();
        Map<String, RoleView> bySlug = current.bySlugByTag().getOrDefault(tag,
                current.bySlugByTag().get(languages.defaultTag()));
        return slug == null || bySlug == null ? Optional.empty() : Optional.ofNullable(bySlug.get(slug));
    }

    public boolean exists(String slug) {
        return bySlug(slug, languages.defaultTag()).isPresent();
    }

    /** A role's points for one dimension, in order; empty when it has none in that language. */
    public List<PointView> points(long roleId, long dimensionId, String tag) {
        return catalog.get().points().getOrDefault(new PointsKey(roleId, dimensionId, tag), List.of());
    }
}
