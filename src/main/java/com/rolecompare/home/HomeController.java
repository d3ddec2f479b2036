package com.rolecompare.home;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.rolecompare.comparison.ComparisonService;
import com.rolecompare.content.Languages;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.role.Roles;

@Controller
class HomeController {

    static final String VIEW = "home";

    private final Roles roles;
    private final Dimensions dimensions;
    private final ComparisonService comparisons;
    private final Languages languages;

    HomeController(Roles roles, Dimensions dimensions, ComparisonService comparisons, Languages languages) {
        this.roles = roles;
        this.dimensions = dimensions;
        this.comparisons = comparisons;
        this.languages = languages;
    }

    @GetMapping("/")
    String home(Model model) {
        String tag = languages.tagOf(LocaleContextHolder.getLocale());
        model.addAttribute("roles", roles.all(tag));
        model.addAttribute("dimensions", dimensions.all(tag));
        model.addAttribute("comparisons", comparisons.withEditorial(tag));
        return VIEW;
    }
}
