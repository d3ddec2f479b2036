package com.rolecompare.role;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import com.rolecompare.comparison.Pair;
import com.rolecompare.content.Languages;
import com.rolecompare.content.PointView;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.web.NotFoundException;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.RenderedPages;
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
    private final Languages languages;
    private final RenderedPages pages;

    RoleController(Roles roles, Dimensions dimensions, Languages languages, RenderedPages pages) {
        this.pages = pages;
        this.roles = roles;
        this.dimensions = dimensions;
        this.languages = languages;
    }

    @GetMapping("/roles/{slug}")
    ResponseEntity<byte[]> role(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        String tag = languages.tagOf(LocaleContextHolder.getLocale());
        RoleView role = roles.bySlug(slug, tag).orElseThrow(() -> NotFoundException.role(slug));
        return pages.serve(request, response, new PageKey("/roles/" + role.slug(), List.of(), tag), () -> {
            List<Section> sections = dimensions.all(tag).stream()
                    .map(d -> new Section(d, roles.points(role.id(), d.id(), tag)))
                    .toList();
            List<CompareLink> compareWith = roles.all(tag).stream()
                    .filter(other -> other.id() != role.id())
                    .map(other -> new CompareLink(other, Pair.of(role.slug(), other.slug()).path()))
                    .toList();
            return new ModelAndView(VIEW)
                    .addObject("role", role)
                    .addObject("sections", sections)
                    .addObject("compareWith", compareWith);
        });
    }
}
