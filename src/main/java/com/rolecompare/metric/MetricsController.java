package com.rolecompare.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.rolecompare.content.Citations;
import com.rolecompare.web.NotFoundException;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;
import com.rolecompare.web.SiteProperties;
import com.rolecompare.web.StructuredData;

/** The glossary, and each metric's entry with its calculator (a GET form the server answers). */
@Controller
class MetricsController {

    static final String GLOSSARY = "metrics";
    static final String ENTRY = "metric";
    /** The calculator's inputs are named a, b, c, ... in order. */
    static final String INPUT_NAMES = "abcdefgh";

    /** One input of the calculator as the page shows it: its name, label, value and what is wrong with it. */
    record Field(String name, String label, String value, String error) {
    }

    private final Metrics metrics;
    private final SiteProperties site;

    MetricsController(Metrics metrics, SiteProperties site) {
        this.metrics = metrics;
        this.site = site;
    }

    @GetMapping("/metrics")
    Page glossary(ReaderLanguage language) {
        return Page.of(GLOSSARY, PageKey.of("/metrics", language), () -> {
            List<MetricFamily> families = metrics.catalog().families(language.tag());
            List<MetricView> all = families.stream().flatMap(f -> f.metrics().stream()).toList();
            return Map.of("families", families, "citations", Citations.of(all.stream().map(MetricView::source).toList()),
                    "jsonLd", definedTerms(all, language.tag()));
        });
    }

    @GetMapping("/metrics/{key}")
    Page metric(@PathVariable String key, @RequestParam MultiValueMap<String, String> parameters, ReaderLanguage language) {
        MetricView metric = metrics.catalog().byKey(key, language.tag()).orElseThrow(() -> NotFoundException.metric(key));
        PageKey page = PageKey.of(metric.path(), language);
        int count = metric.hasCalculator() ? metric.calculator().inputs(metric.inputs().size()) : 0;
        boolean asked = count > 0 && INPUT_NAMES.substring(0, count).chars()
                .anyMatch(name -> parameters.containsKey(String.valueOf((char) name)));
        if (!asked) {
            return Page.of(ENTRY, page, () -> model(metric, fields(metric, count, null, null), null));
        }
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            raw.add(parameters.getFirst(String.valueOf(INPUT_NAMES.charAt(i))));
        }
        Calculator.Outcome outcome = Calculator.compute(metric.calculator(), raw);
        return Page.uncached(ENTRY, page, () -> model(metric, fields(metric, count, raw, outcome),
                outcome.ok() ? Calculator.format(metric.calculator(), outcome.value()) : null), outcome.ok() ? 200 : 400);
    }

    /** The glossary as a schema.org {@code DefinedTermSet}. */
    private StructuredData definedTerms(List<MetricView> all, String tag) {
        String set = site.origin() + "/metrics?lang=" + tag;
        return StructuredData.script(Map.of("@context", "https://schema.org", "@type", "DefinedTermSet", "@id", set,
                "url", set, "inLanguage", tag, "hasDefinedTerm", all.stream().map(m -> Map.of(
                        "@type", "DefinedTerm", "termCode", m.key(), "name", m.title(), "description", m.definition(),
                        "url", site.origin() + m.path() + "?lang=" + tag, "inDefinedTermSet", set)).toList()));
    }

    private static List<Field> fields(MetricView metric, int count, List<String> raw, Calculator.Outcome outcome) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String value = raw == null ? null : raw.get(i);
            fields.add(new Field(String.valueOf(INPUT_NAMES.charAt(i)), metric.inputs().get(i),
                    value == null ? "" : value.length() > 40 ? value.substring(0, 40) : value,
                    outcome == null ? null : outcome.error(i)));
        }
        return fields;
    }

    private static Map<String, Object> model(MetricView metric, List<Field> fields, String result) {
        String example = metric.hasCalculator() ? exampleQuery(metric) : null;
        return Map.of("metric", metric, "fields", fields, "result", result == null ? "" : result,
                "exampleQuery", example == null ? "" : example,
                "citations", Citations.of(List.of(metric.source())));
    }

    private static String exampleQuery(MetricView metric) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < metric.exampleInputs().size() && i < INPUT_NAMES.length(); i++) {
            query.append(i == 0 ? '?' : '&').append(INPUT_NAMES.charAt(i)).append('=').append(metric.exampleInputs().get(i));
        }
        return query.toString();
    }
}
