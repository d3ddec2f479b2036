package com.rolecompare.dimension;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import com.rolecompare.content.Languages;
import com.rolecompare.content.PointView;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;
import com.rolecompare.web.NotFoundException;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.RenderedPages;
@Controller
class DimensionController {

    static final String VIEW = "dimension";

    /** One role's points for the dimension. */
    record Entry(RoleView role, List<PointView> points) {
    }

    private final Dimensions dimensions;
    private final Roles roles;
    private final Languages languages;
    private final RenderedPages pages;

    DimensionController(Dimensions dimensions, Roles roles, Languages languages, RenderedPages pages) {
        this.pages = pages;
        this.dimensions = dimensions;
        this.roles = roles;
        this.languages = languages;
    }

    @GetMapping("/dimensions/{key}")
    ResponseEntity<byte[]> dimension(@PathVariable String key, HttpServletRequest request,
            HttpServletResponse response) {
        String tag = languages.tagOf(LocaleContextHolder.getLocale());
        DimensionView dimension = dimensions.byKey(key, tag).orElseThrow(() -> NotFoundException.dimension(key));
        return pages.serve(request, response, new PageKey("/dimensions/" + dimension.key(), List.of(), tag), () -> {
            List<Entry> entries = roles.all(tag).stream()
                    .map(role -> new Entry(role, roles.points(role.id(), dimension.id(), tag)))
                    .toList();
            return new ModelAndView(VIEW)
                    .addObject("dimension", dimension)
                    .addObject("dimensions", dimensions.all(tag))
                    .addObject("entries", entries)
                    .addObject("sources", entries.stream().flatMap(e -> e.role().sources().stream()).distinct().toList());
        });
    }
}
