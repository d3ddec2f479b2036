package com.rolecompare.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rolecompare.content.Citations;
import com.rolecompare.content.PointView;
import com.rolecompare.content.SourceView;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.web.NotFoundException;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/** One dimension for every role of the catalog: it shows roles' points, so it lives with the roles. */
@Controller
class DimensionPageController {

    static final String VIEW = "dimension";

    /** One role's points for the dimension. */
    record Entry(RoleView role, List<PointView> points) {
    }

    /** The entries of one family. */
    record FamilyEntries(FamilyView family, List<Entry> entries) {
    }

    private final Dimensions dimensions;
    private final Roles roles;

    DimensionPageController(Dimensions dimensions, Roles roles) {
        this.dimensions = dimensions;
        this.roles = roles;
    }

    @GetMapping("/dimensions/{key}")
    Page dimension(@PathVariable String key, ReaderLanguage language) {
        String tag = language.tag();
        DimensionView dimension = dimensions.byKey(key, tag).orElseThrow(() -> NotFoundException.dimension(key));
        return Page.of(VIEW, PageKey.of("/dimensions/" + dimension.key(), language), () -> {
            Roles.Catalog catalog = roles.catalog();
            List<FamilyEntries> families = catalog.families(tag).stream()
                    .map(g -> new FamilyEntries(g.family(), g.roles().stream()
                            .map(role -> new Entry(role, catalog.points(role.id(), dimension.id(), tag))).toList()))
                    .toList();
            List<SourceView> sources = new ArrayList<>();
            families.forEach(f -> f.entries().forEach(e -> e.points().forEach(p -> sources.add(p.source()))));
            boolean usesOnet = sources.stream().anyMatch(s -> s != null && s.key().startsWith("onet-29.3"));
            return Map.of("dimension", dimension, "dimensions", dimensions.all(tag), "families", families,
                    "citations", Citations.of(sources.stream().filter(java.util.Objects::nonNull).toList()),
                    "usesOnet", usesOnet);
        });
    }
}
