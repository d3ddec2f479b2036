package com.rolecompare.home;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.rolecompare.comparison.ComparisonSummary;
import com.rolecompare.comparison.Comparisons;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.role.Roles;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

@Controller
class HomeController {

    static final String VIEW = "home";

    private final Roles roles;
    private final Dimensions dimensions;
    private final Comparisons comparisons;

    HomeController(Roles roles, Dimensions dimensions, Comparisons comparisons) {
        this.roles = roles;
        this.dimensions = dimensions;
        this.comparisons = comparisons;
    }

    @GetMapping("/")
    Page home(ReaderLanguage language) {
        String tag = language.tag();
        return Page.of(VIEW, PageKey.of("/", language), () -> {
            List<ComparisonSummary> editorials = comparisons.withEditorial(tag);
            return Map.of("roles", roles.all(tag),
                    "dimensions", dimensions.all(tag),
                    "comparisons", editorials,
                    "sources", ComparisonSummary.sourcesOf(editorials));
        });
    }

    /** A reader who trims a role or dimension address lands on the list of them. */
    @GetMapping({"/roles", "/roles/"})
    String roles() {
        return "redirect:/#roles-heading";
    }

    @GetMapping({"/dimensions", "/dimensions/"})
    String dimensions() {
        return "redirect:/#dimensions-heading";
    }
}
