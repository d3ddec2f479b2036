package com.rolecompare.home;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import com.rolecompare.comparison.ComparisonService;
import com.rolecompare.comparison.ComparisonSummary;
import com.rolecompare.content.Languages;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.role.Roles;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.RenderedPages;
@Controller
class HomeController {

    static final String VIEW = "home";

    private final Roles roles;
    private final Dimensions dimensions;
    private final ComparisonService comparisons;
    private final Languages languages;
    private final RenderedPages pages;

    HomeController(Roles roles, Dimensions dimensions, ComparisonService comparisons, Languages languages,
            RenderedPages pages) {
        this.pages = pages;
        this.roles = roles;
        this.dimensions = dimensions;
        this.comparisons = comparisons;
        this.languages = languages;
    }

    @GetMapping("/")
    ResponseEntity<byte[]> home(HttpServletRequest request, HttpServletResponse response) {
        String tag = languages.tagOf(LocaleContextHolder.getLocale());
        return pages.serve(request, response, new PageKey("/", List.of(), tag), () -> {
            List<ComparisonSummary> editorials = comparisons.withEditorial(tag);
            return new ModelAndView(VIEW)
                    .addObject("roles", roles.all(tag))
                    .addObject("dimensions", dimensions.all(tag))
                    .addObject("comparisons", editorials)
                    .addObject("sources", ComparisonSummary.sourcesOf(editorials));
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
