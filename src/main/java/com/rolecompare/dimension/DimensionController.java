package com.rolecompare.dimension;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rolecompare.content.Languages;
import com.rolecompare.content.PointView;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;
import com.rolecompare.web.NotFoundException;

@Controller
class DimensionController {

    static final String VIEW = "dimension";

    /** One role's points for the dimension. */
    record Entry(RoleView role, List<PointView> points) {
    }

    private final Dimensions dimensions;
    private final Roles roles;
    private final Languages languages;

    DimensionController(Dimensions dimensions, Roles roles, Languages languages) {
        this.dimensions = dimensions;
        this.roles = roles;
        this.languages = languages;
    }

    @GetMapping("/dimensions/{key}")
    String dimension(@PathVariable String key, Model model) {
        String tag = languages.tagOf(LocaleContextHolder.getLocale());
        DimensionView dimension = dimensions.byKey(key, tag).orElseThrow(() -> NotFoundException.dimension(key));
        List<Entry> entries = roles.all(tag).stream()
                .map(role -> new Entry(role, roles.points(role.id(), dimension.id(), tag)))
                .toList();
        model.addAttribute("dimension", dimension);
        model.addAttribute("dimensions", dimensions.all(tag));
        model.addAttribute("entries", entries);
        model.addAttribute("sources", entries.stream().flatMap(e -> e.role().sources().stream()).distinct().toList());
        return VIEW;
    }
}
