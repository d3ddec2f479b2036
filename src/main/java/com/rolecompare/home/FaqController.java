package com.rolecompare.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.rolecompare.comparison.ComparisonSummary;
import com.rolecompare.comparison.Comparisons;
import com.rolecompare.content.Citations;
import com.rolecompare.content.SourceView;
import com.rolecompare.faq.FaqView;
import com.rolecompare.faq.Faqs;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/** Every question of the site: site-wide ones first, then those of each written comparison. */
@Controller
class FaqController {

    static final String VIEW = "faq";

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
            List<FaqView> siteWide = faqs.siteWide(tag);
            List<ComparisonSummary> groups = comparisons.withEditorial(tag).stream()
                    .filter(c -> !c.faq().isEmpty()).toList();
            List<SourceView> sources = new ArrayList<>();
            siteWide.forEach(q -> sources.addAll(q.sources()));
            groups.forEach(g -> g.faq().forEach(q -> sources.addAll(q.sources())));
            return Map.of("siteWide", siteWide, "groups", groups, "citations", Citations.of(sources));
        });
    }
}
