package com.rolecompare.role;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rolecompare.content.PointView;
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
            List<Entry> entries = roles.all(tag).stream()
                    .map(role -> new Entry(role, roles.points(role.id(), dimension.id(), tag)))
                    .toList();
            return Map.of("dimension", dimension,
                    "dimensions", dimensions.all(tag),
                    "entries", entries,
                    "sources", entries.stream().flatMap(e -> e.role().sources().stream()).distinct().toList());
        });
    }
}
