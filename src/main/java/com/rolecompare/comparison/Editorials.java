package com.rolecompare.comparison;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.rolecompare.comparison.ComparisonPoint.Section;
import com.rolecompare.content.Languages;
import com.rolecompare.content.PointView;
import com.rolecompare.content.RevisionCache;
import com.rolecompare.content.Sources;
import com.rolecompare.dimension.Dimensions;

/** Editorial comparisons, read once per content revision. */
@Service
class Editorials {

    private record PairKey(long roleAId, long roleBId) {
    }

    private record PointsKey(long comparisonId, Section section, String tag) {
    }

    private record Snapshot(Map<PairKey, Comparison> byPair, Map<PointsKey, List<PointView>> points) {
    }

    private final Supplier<Snapshot> snapshot;
    private final Dimensions dimensions;
    private final Sources sources;
    private final Languages languages;

    Editorials(ComparisonRepository repository, RevisionCache cache, Dimensions dimensions, Sources sources,
            Languages languages) {
        this.dimensions = dimensions;
        this.sources = sources;
        this.languages = languages;
        this.snapshot = cache.of(() -> {
            Map<PairKey, Comparison> byPair = new HashMap<>();
            for (Comparison c : repository.findAllWithTexts()) {
                byPair.put(new PairKey(c.roleAId(), c.roleBId()), c);
            }
            Map<PointsKey, List<PointView>> points = repository.findAllPoints().stream()
                    .collect(Collectors.groupingBy(p -> new PointsKey(p.comparisonId(), p.section(), p.locale()),
                            Collectors.mapping(ComparisonPoint::toView, Collectors.toUnmodifiableList())));
            return new Snapshot(Map.copyOf(byPair), Map.copyOf(points));
        });
    }

    /** The editorial for a pair of role ids, in either order. */
    Optional<EditorialView> find(long roleId, long otherRoleId, String tag) {
        Snapshot current = snapshot.get();
        Comparison c = current.byPair().get(new PairKey(roleId, otherRoleId));
        if (c == null) {
            c = current.byPair().get(new PairKey(otherRoleId, roleId));
        }
        return Optional.ofNullable(c).map(found -> view(found, current, tag));
    }

    /** Every editorial, oldest first. */
    List<EditorialView> all(String tag) {
        Snapshot current = snapshot.get();
        return current.byPair().values().stream()
                .sorted(Comparator.comparingLong(Comparison::id))
                .map(c -> view(c, current, tag))
                .toList();
    }

    private EditorialView view(Comparison c, Snapshot current, String tag) {
        ComparisonText text = c.texts().getOrDefault(tag, c.texts().get(languages.defaultTag()));
        List<Long> sourceIds = c.sourcePositions().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
        return new EditorialView(c.id(), c.roleAId(), c.roleBId(),
                text == null ? "" : text.summary(),
                dimensions.byId(c.keyDimensionId(), tag).orElseThrow(),
                text == null ? "" : text.keyDifference(),
                current.points().getOrDefault(new PointsKey(c.id(), Section.KEY_DIFFERENCE, tag), List.of()),
                current.points().getOrDefault(new PointsKey(c.id(), Section.CONCLUSION, tag), List.of()),
                c.reviewedOn(),
                sources.resolve(sourceIds));
    }
}
