package com.rolecompare.faq;

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
import com.rolecompare.web.PageKey;
import com.rolecompare.web.RenderedPages;
@Controller
class FaqController {

    static final String VIEW = "faq";

    /** The questions about one comparison. */
    record ComparisonGroup(ComparisonSummary comparison, List<FaqView> entries) {
    }

    private final Faqs faqs;
    private final ComparisonService comparisons;
    private final Languages languages;
    private final RenderedPages pages;

    FaqController(Faqs faqs, ComparisonService comparisons, Languages languages, RenderedPages pages) {
        this.pages = pages;
        this.faqs = faqs;
        this.comparisons = comparisons;
        this.languages = languages;
    }

    @GetMapping("/faq")
    ResponseEntity<byte[]> faq(HttpServletRequest request, HttpServletResponse response) {
        String tag = languages.tagOf(LocaleContextHolder.getLocale());
        return pages.serve(request, response, new PageKey("/faq", List.of(), tag), () -> {
            List<ComparisonGroup> groups = comparisons.withEditorial(tag).stream()
                    .map(c -> new ComparisonGroup(c, faqs.forComparison(c.comparisonId(), tag)))
                    .filter(g -> !g.entries().isEmpty())
                    .toList();
            return new ModelAndView(VIEW)
                    .addObject("siteWide", faqs.siteWide(tag))
                    .addObject("groups", groups)
                    .addObject("sources", ComparisonSummary.sourcesOf(groups.stream().map(ComparisonGroup::comparison).toList()));
        });
    }
}
