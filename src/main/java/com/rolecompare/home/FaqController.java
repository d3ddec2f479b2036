package com.rolecompare.home;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.rolecompare.comparison.ComparisonSummary;
import com.rolecompare.comparison.Comparisons;
import com.rolecompare.faq.FaqView;
import com.rolecompare.faq.Faqs;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/** Every question of the site, site-wide ones first, then those of each comparison. */
@Controller
class FaqController {

    static final String VIEW = "faq";

    /** The questions about one comparison. */
    record ComparisonGroup(ComparisonSummary comparison, List<FaqView> entries) {
    }

    private final Faqs faqs;
    private final Comparisons comparisons;

    FaqController(Faqs faqs, Comparisons comparisons) {
        this.faqs = faqs;
        this.comparisons = comparisons;
    }

    @GetMapping("/faq")
    Page faq(ReaderLanguage language) {
        String tag = language.tag();
        return Page.of(VIEW, PageKey.of("/faq", language), () -> {
            List<ComparisonGroup> groups = comparisons.withEditorial(tag).stream()
                    .map(c -> new ComparisonGroup(c, faqs.forComparison(c.comparisonId(), tag)))
                    .filter(g -> !g.entries().isEmpty())
                    .toList();
            return Map.of("siteWide", faqs.siteWide(tag),
                    "groups", groups,
                    "sources", ComparisonSummary.sourcesOf(groups.stream().map(ComparisonGroup::comparison).toList()));
        });
    }
}
