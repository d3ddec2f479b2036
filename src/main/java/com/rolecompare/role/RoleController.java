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

@Controller
class RoleController {

    static final String VIEW = "role";

    /** One dimension of the role's profile. */
    record Section(DimensionView dimension, List<PointView> points) {
    }

    /** Another role to compare this one with, and the pair's address. */
    record CompareLink(RoleView other, String path) {
    }

    private final Roles roles;
    private final Dimensions dimensions;

    RoleController(Roles roles, Dimensions dimensions) {
        this.roles = roles;
        this.dimensions = dimensions;
    }

    @GetMapping("/roles/{slug}")
    Page role(@PathVariable String slug, ReaderLanguage language) {
        String tag = language.tag();
        RoleView role = roles.bySlug(slug, tag).orElseThrow(() -> NotFoundException.role(slug));
        return Page.of(VIEW, PageKey.of("/roles/" + role.slug(), language), () -> {
            List<Section> sections = dimensions.all(tag).stream()
                    .map(d -> new Section(d, roles.points(role.id(), d.id(), tag)))
                    .toList();
            List<CompareLink> compareWith = roles.all(tag).stream()
                    .filter(other -> other.id() != role.id())
                    .map(other -> new CompareLink(other, Pair.of(role.slug(), other.slug()).path()))
                    .toList();
            return Map.of("role", role, "sections", sections, "compareWith", compareWith);
        });
    }
}
