package com.rolecompare.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Content;
import com.rolecompare.content.ContentSnapshots;
import com.rolecompare.content.SourceView;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.faq.FaqView;
import com.rolecompare.faq.Faqs;
import com.rolecompare.onet.Occupations;
import com.rolecompare.onet.Rating;
import com.rolecompare.onet.SkillView;
import com.rolecompare.onet.Transition;
import com.rolecompare.role.Pair;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;
import com.rolecompare.web.BadRequestException;
import com.rolecompare.web.NotFoundException;

/**
 * Assembles side-by-side comparisons of any two roles of the catalog. A comparison reads only what its pair needs
 * (see {@link ContentSnapshots#forRoles}), so its cost does not grow with the catalog.
 */
@Service
public class Comparisons {

    private final ContentSnapshots snapshots;
    private final Roles roles;
    private final Dimensions dimensions;
    private final Editorials editorials;
    private final Faqs faqs;
    private final Occupations occupations;

    Comparisons(ContentSnapshots snapshots, Roles roles, Dimensions dimensions, Editorials editorials, Faqs faqs,
            Occupations occupations) {
        this.occupations = occupations;
        this.snapshots = snapshots;
        this.roles = roles;
        this.dimensions = dimensions;
        this.editorials = editorials;
        this.faqs = faqs;
    }

    /** Reads a URL segment such as {@code a-vs-b}; unknown roles are a 404, a role with itself a 400. */
    public Pair pair(String segment) {
        Pair pair = Pair.parse(segment, roles::exists).orElseThrow(() -> NotFoundException.pair(segment));
        if (pair.same()) {
            throw BadRequestException.sameRole();
        }
        return pair;
    }

    /** The pair of two slugs given separately (the compare form); unknown is a 404, the same role a 400. */
    public Pair pair(String one, String other) {
        if (one == null || other == null || one.isBlank() || other.isBlank()) {
            throw BadRequestException.missingRoles();
        }
        if (!roles.exists(one)) {
            throw NotFoundException.role(one);
        }
        if (!roles.exists(other)) {
            throw NotFoundException.role(other);
        }
        Pair pair = Pair.of(one, other);
        if (pair.same()) {
            throw BadRequestException.sameRole();
        }
        return pair;
    }

    /** The dimension keys in display order. */
    public List<String> dimensionKeys(Pair pair) {
        return dimensions.in(content(pair)).keys();
    }

    public ComparisonView compare(Pair pair, DimensionFilter filter, String tag) {
        Content content = content(pair);
        Roles.Catalog catalog = roles.in(content);
        RoleView first = catalog.bySlug(pair.first(), tag).orElseThrow(() -> NotFoundException.role(pair.first()));
        RoleView second = catalog.bySlug(pair.second(), tag).orElseThrow(() -> NotFoundException.role(pair.second()));
        if (first.id() == second.id()) {
            throw BadRequestException.sameRole();
        }
        EditorialView editorial = editorials.in(content).find(first.id(), second.id(), tag).orElse(null);
        long keyDimensionId = editorial == null ? -1 : editorial.keyDimension().id();

        List<DimensionView> all = dimensions.in(content).all(tag);
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (DimensionView dimension : all) {
            if (filter.includes(dimension.key())) {
                rows.add(new ComparisonView.Row(dimension,
                        catalog.points(first.id(), dimension.id(), tag),
                        catalog.points(second.id(), dimension.id(), tag),
                        dimension.id() == keyDimensionId));
            }
        }
        List<String> keys = all.stream().map(DimensionView::key).toList();
        List<FaqView> faq = editorial == null ? List.of() : faqs.in(content).forComparison(editorial.comparisonId(), tag);
        Occupations.Catalog onet = occupations.in(content);
        PairFigures figures = PairFigures.of(first, second, onet, tag);
        Map<Long, Rating> firstRatings = onet.ratings(ratingsCode(first));
        Map<Long, Rating> secondRatings = onet.ratings(ratingsCode(second));
        List<SkillView> skills = onet.skills(tag);
        SkillChart chart = SkillChart.of(skills, firstRatings, secondRatings);
        List<Move> moves = List.of(
                new Move(first, second, Transition.between(firstRatings, secondRatings, skills)),
                new Move(second, first, Transition.between(secondRatings, firstRatings, skills)));
        return new ComparisonView(pair, first, second, List.copyOf(rows), all, filter.ordered(keys), !filter.isAll(),
                editorial, faq, figures, chart, moves, sources(first, second, editorial, faq));
    }

    private static String ratingsCode(RoleView role) {
        return role.onet().ratings() == null ? null : role.onet().ratings().code();
    }

    private Content content(Pair pair) {
        return snapshots.forRoles(pair.first(), pair.second());
    }

    private static List<SourceView> sources(RoleView first, RoleView second, EditorialView editorial, List<FaqView> faq) {
        List<SourceView> all = new ArrayList<>();
        if (editorial != null) {
            all.addAll(editorial.sources());
        }
        faq.forEach(q -> all.addAll(q.sources()));
        all.addAll(first.sources());
        all.addAll(second.sources());
        return all.stream().distinct().toList();
    }

    /** What the editors wrote, every editorial of this content in one language (search indexes it). */
    public List<EditorialView> editorials(Content content, String tag) {
        return editorials.in(content).all(tag);
    }

    /** Every comparison with an editorial whose roles are both in the catalog. */
    public List<ComparisonSummary> withEditorial(String tag) {
        Content content = snapshots.whole();
        Roles.Catalog catalog = roles.in(content);
        List<ComparisonSummary> summaries = new ArrayList<>();
        for (EditorialView editorial : editorials.in(content).all(tag)) {
            RoleView a = catalog.byId(editorial.roleAId(), tag).orElse(null);
            RoleView b = catalog.byId(editorial.roleBId(), tag).orElse(null);
            if (a != null && b != null) {
                Pair pair = Pair.of(a.slug(), b.slug());
                RoleView first = pair.reversed() ? b : a;
                RoleView second = pair.reversed() ? a : b;
                summaries.add(new ComparisonSummary(editorial.comparisonId(), pair, first, second,
                        editorial.summary(), editorial.sources(), faqs.in(content).forComparison(editorial.comparisonId(), tag)));
            }
        }
        return summaries;
    }
}
