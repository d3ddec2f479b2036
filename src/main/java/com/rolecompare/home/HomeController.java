package com.rolecompare.home;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.rolecompare.comparison.ComparisonSummary;
import com.rolecompare.comparison.Comparisons;
import com.rolecompare.content.Citations;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/** The home page: the compare form, the written comparisons, the families of roles, the dimensions. */
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
            List<RoleView> all = roles.all(tag);
            // The form starts on the first written comparison, so that pressing the button shows something real.
            String a = editorials.isEmpty() ? all.get(0).slug() : editorials.get(0).first().slug();
            String b = editorials.isEmpty() ? all.get(Math.min(1, all.size() - 1)).slug() : editorials.get(0).second().slug();
            return Map.of("families", roles.catalog().families(tag),
                    "dimensions", dimensions.all(tag),
                    "comparisons", editorials,
                    "defaultA", a, "defaultB", b,
                    "roleCount", all.size(), "pairCount", all.size() * (all.size() - 1) / 2,
                    "citations", Citations.of(editorials.stream().flatMap(e -> e.sources().stream()).toList()));
        });
    }

    /** A reader who trims a dimension address lands on the list of dimensions. */
    @GetMapping({"/dimensions", "/dimensions/"})
    String dimensions() {
        return "redirect:/#dimensions";
    }
}
