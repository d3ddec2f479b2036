package com.rolecompare.comparison;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import com.rolecompare.content.Languages;
import com.rolecompare.faq.Faqs;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.RenderedPages;

@Controller
class ComparisonController {

    static final String VIEW = "comparison";

    private final ComparisonService comparisons;
    private final Faqs faqs;
    private final Languages languages;
    private final RenderedPages pages;

    ComparisonController(ComparisonService comparisons, Faqs faqs, Languages languages, RenderedPages pages) {
        this.comparisons = comparisons;
        this.faqs = faqs;
        this.languages = languages;
        this.pages = pages;
    }

    /** The compare form on the home page: two roles chosen separately, sent to the pair's one address. */
    @GetMapping("/compare")
    View chooseRoles(@RequestParam(name = "a", required = false) String one,
            @RequestParam(name = "b", required = false) String other) {
        Pair pair = comparisons.pair(one, other);
        return redirect(pair.path(), List.of(), null, HttpStatus.SEE_OTHER);
    }

    @GetMapping("/compare/{pair}")
    Object compare(@PathVariable("pair") String segment, @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request, HttpServletResponse response) {
        String tag = languages.tagOf(LocaleContextHolder.getLocale());
        Pair pair = comparisons.pair(segment);
        List<String> keys = comparisons.dimensionKeys(tag);
        DimensionFilter filter = DimensionFilter.parse(parameters.get("dimension"), keys);
        List<String> canonicalDimensions = filter.isAll() ? List.of() : filter.ordered(keys);
        if (pair.reversed()) {
            String lang = languages.parse(parameters.getFirst("lang")).map(l -> l.toLanguageTag()).orElse(null);
            return redirect(pair.path(), canonicalDimensions, lang, HttpStatus.MOVED_PERMANENTLY);
        }
        return pages.serve(request, response, new PageKey(pair.path(), canonicalDimensions, tag), () -> {
            ComparisonView view = comparisons.compare(pair, filter, tag);
            return new ModelAndView(VIEW)
                    .addObject("comparison", view)
                    .addObject("faq", view.hasEditorial()
                            ? faqs.forComparison(view.editorial().comparisonId(), tag) : List.of());
        });
    }

    private static View redirect(String path, List<String> dimensions, String lang, HttpStatus status) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        dimensions.forEach(key -> uri.queryParam("dimension", key));
        if (lang != null) {
            uri.queryParam("lang", lang);
        }
        RedirectView view = new RedirectView(uri.encode().build().toUriString(), true);
        view.setStatusCode(status);
        view.setExposeModelAttributes(false);
        return view;
    }
}
