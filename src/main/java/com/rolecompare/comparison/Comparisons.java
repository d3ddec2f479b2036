package com.rolecompare.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.rolecompare.role.Pair;
import com.rolecompare.content.SourceView;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;
import com.rolecompare.web.BadRequestException;
import com.rolecompare.web.NotFoundException;

/** Assembles side-by-side comparisons of any two roles of the catalog. */
@Service
public class Comparisons {

    private final Roles roles;
    private final Dimensions dimensions;
    private final Editorials editorials;

    Comparisons(Roles roles, Dimensions dimensions, Editorials editorials) {
        this.roles = roles;
        this.dimensions = dimensions;
        this.editorials = editorials;
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

    public List<String> dimensionKeys(String tag) {
        return dimensions.all(tag).stream().map(DimensionView::key).toList();
    }

    public ComparisonView compare(Pair pair, DimensionFilter filter, String tag) {
        RoleView first = roles.bySlug(pair.first(), tag).orElseThrow(() -> NotFoundException.role(pair.first()));
        RoleView second = roles.bySlug(pair.second(), tag).orElseThrow(() -> NotFoundException.role(pair.second()));
        if (first.id() == second.id()) {
            throw BadRequestException.sameRole();
        }
        EditorialView editorial = editorials.find(first.id(), second.id(), tag).orElse(null);
        long keyDimensionId = editorial == null ? -1 : editorial.keyDimension().id();

        List<DimensionView> all = dimensions.all(tag);
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (DimensionView dimension : all) {
            if (filter.includes(dimension.key())) {
                rows.add(new ComparisonView.Row(dimension,
                        roles.points(first.id(), dimension.id(), tag),
                        roles.points(second.id(), dimension.id(), tag),
                        dimension.id() == keyDimensionId));
            }
        }
        List<String> keys = all.stream().map(DimensionView::key).toList();
        return new ComparisonView(pair, first, second, List.copyOf(rows), all, filter.ordered(keys), !filter.isAll(),
                editorial, sources(first, second, editorial));
    }

    private static List<SourceView> sources(RoleView first, RoleView second, EditorialView editorial) {
        List<SourceView> all = new ArrayList<>();
        if (editorial != null) {
            all.addAll(editorial.sources());
        }
        all.addAll(first.sources());
        all.addAll(second.sources());
        return all.stream().distinct().toList();
    }

    /** Every comparison with an editorial whose roles are both in the catalog. */
    public List<ComparisonSummary> withEditorial(String tag) {
        Map<Long, RoleView> byId = roles.all(tag).stream().collect(Collectors.toMap(RoleView::id, r -> r));
        List<ComparisonSummary> summaries = new ArrayList<>();
        for (EditorialView editorial : editorials.all(tag)) {
            RoleView a = byId.get(editorial.roleAId());
            RoleView b = byId.get(editorial.roleBId());
            if (a != null && b != null) {
                Pair pair = Pair.of(a.slug(), b.slug());
                RoleView first = pair.reversed() ? b : a;
                RoleView second = pair.reversed() ? a : b;
                summaries.add(new ComparisonSummary(editorial.comparisonId(), pair, first.name(), second.name(),
                        editorial.summary(), editorial.sources()));
            }
        }
        return summaries;
    }
}
