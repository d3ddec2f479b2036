package com.rolecompare.faq;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.rolecompare.comparison.ComparisonService;
import com.rolecompare.comparison.ComparisonSummary;
import com.rolecompare.content.Languages;

@Controller
class FaqController {

    static final String VIEW = "faq";

    /** The questions about one comparison. */
    record ComparisonGroup(ComparisonSummary comparison, List<FaqView> entries) {
    }

    private final Faqs faqs;
    private final ComparisonService comparisons;
    private final Languages languages;

    FaqController(Faqs faqs, ComparisonService comparisons, Languages languages) {
        this.faqs = faqs;
        this.comparisons = comparisons;
        this.languages = languages;
    }

    @GetMapping("/faq")
    String faq(Model model) {
        String tag = languages.tagOf(LocaleContextHolder.getLocale());
        model.addAttribute("siteWide", faqs.siteWide(tag));
        model.addAttribute("groups", comparisons.withEditorial(tag).stream()
                .map(c -> new ComparisonGroup(c, faqs.forComparison(c.comparisonId(), tag)))
                .filter(g -> !g.entries().isEmpty())
                .toList());
        return VIEW;
    }
}
