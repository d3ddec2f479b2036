package com.rolecompare.comparison;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import com.rolecompare.content.Citations;
import com.rolecompare.role.Pair;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

@Controller
class ComparisonController {

    static final String VIEW = "comparison";

    private final Comparisons comparisons;
    private final ComparisonStructuredData structuredData;
    private final PreviewImages previews;

    ComparisonController(Comparisons comparisons, ComparisonStructuredData structuredData, PreviewImages previews) {
        this.comparisons = comparisons;
        this.structuredData = structuredData;
        this.previews = previews;
    }

    /** The compare form on the home page: two roles chosen separately, sent to the pair's one address. */
    @GetMapping("/compare")
    View chooseRoles(@RequestParam(name = "a", required = false) String one,
            @RequestParam(name = "b", required = false) String other, ReaderLanguage language) {
        Pair pair = comparisons.pair(one, other);
        return redirect(pair.path(), List.of(), language, HttpStatus.SEE_OTHER);
    }

    /** Repeated {@code dimension} parameters are read as sent (a {@code List} parameter would split commas). */
    @GetMapping("/compare/{pair}")
    Object compare(@PathVariable("pair") String segment, @RequestParam MultiValueMap<String, String> parameters,
            ReaderLanguage language) {
        Pair pair = comparisons.pair(segment);
        List<String> keys = comparisons.dimensionKeys(pair);
        DimensionFilter filter = DimensionFilter.parse(parameters.get("dimension"), keys);
        List<String> chosen = filter.isAll() ? List.of() : filter.ordered(keys);
        if (pair.reversed()) {
            return redirect(pair.path(), chosen, language, HttpStatus.MOVED_PERMANENTLY);
        }
        return Page.of(VIEW, PageKey.of(pair.path(), chosen, language), () -> {
            ComparisonView view = comparisons.compare(pair, filter, language.tag());
            return Map.of("comparison", view, "citations", Citations.of(view.sources()),
                    "jsonLd", structuredData.of(view, language.tag()),
                    "ogImage", previews.url(pair, language.tag()));
        });
    }

    /** A redirect that keeps the filter and an explicit language; relative, so it never names a host. */
    private static View redirect(String path, List<String> dimensions, ReaderLanguage language, HttpStatus status) {
        PageKey target = PageKey.of(path, dimensions, language);
        RedirectView view = new RedirectView(target.href(), true);
        view.setStatusCode(status);
        view.setExposeModelAttributes(false);
        view.setHttp10Compatible(false);
        return view;
    }

}
