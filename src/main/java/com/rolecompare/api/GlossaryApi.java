package com.rolecompare.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.rolecompare.comparison.ComparisonSummary;
import com.rolecompare.comparison.Comparisons;
import com.rolecompare.content.SourceView;
import com.rolecompare.faq.FaqView;
import com.rolecompare.faq.Faqs;
import com.rolecompare.metric.MetricView;
import com.rolecompare.metric.Metrics;
import com.rolecompare.web.NotFoundException;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/** What the site explains besides roles: the questions and answers, and the glossary of performance metrics. */
@Controller
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reference", description = "Questions and answers, and the glossary of performance metrics.")
class GlossaryApi {

    private final Faqs faqs;
    private final Comparisons comparisons;
    private final Metrics metrics;
    private final ApiLinks links;
    private final MessageSource messages;

    GlossaryApi(Faqs faqs, Comparisons comparisons, Metrics metrics, ApiLinks links, MessageSource messages) {
        this.faqs = faqs;
        this.comparisons = comparisons;
        this.metrics = metrics;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping(ApiLinks.FAQ)
    @Operation(summary = "Every question and answer: site-wide ones, then each written comparison's")
    ApiAnswer<FaqList> faq(ReaderLanguage language) {
        String tag = language.tag();
        return ApiAnswer.of(PageKey.of(ApiLinks.FAQ, language), () -> {
            List<FaqView> siteWide = faqs.siteWide(tag);
            List<ComparisonSummary> written = comparisons.withEditorial(tag).stream()
                    .filter(c -> !c.faq().isEmpty()).toList();
            List<SourceView> sources = Stream.concat(siteWide.stream(),
                    written.stream().flatMap(c -> c.faq().stream())).flatMap(q -> q.sources().stream()).distinct().toList();
            return new FaqList(tag, siteWide.stream().map(QuestionEntry::of).toList(),
                    written.stream().map(c -> new FaqList.ComparisonQuestions(c.pair().segment(),
                            links.role(c.first(), tag), links.role(c.second(), tag),
                            links.url(ApiLinks.COMPARISONS + "/" + c.pair().segment(), tag),
                            c.faq().stream().map(QuestionEntry::of).toList())).toList(),
                    sources.stream().map(SourceEntry::of).toList());
        });
    }

    @GetMapping(ApiLinks.METRICS)
    @Operation(summary = "The glossary of performance metrics, family by family")
    ApiAnswer<MetricList> metrics(ReaderLanguage language) {
        String tag = language.tag();
        return ApiAnswer.of(PageKey.of(ApiLinks.METRICS, language), () -> new MetricList(tag,
                metrics.catalog().families(tag).stream().map(f -> new MetricList.MetricFamilyEntry(f.key(),
                        familyName(f.key(), language.locale()),
                        f.metrics().stream().map(m -> new MetricList.MetricSummary(m.key(), m.name(), blankToNull(m.abbreviation()),
                                m.definition(), links.url(m.path(), tag), links.url(ApiLinks.METRICS + "/" + m.key(), tag)))
                                .toList())).toList()));
    }

    @GetMapping(ApiLinks.METRICS + "/{key}")
    @Operation(summary = "One metric: definition, formula, a worked example, what to watch for and its source")
    ApiAnswer<MetricDetail> metric(@Parameter(description = "The metric's key, as `/api/v1/metrics` lists it.",
            example = "average-handle-time") @PathVariable String key, ReaderLanguage language) {
        String tag = language.tag();
        MetricView m = metrics.catalog().byKey(key, tag).orElseThrow(() -> NotFoundException.metric(key));
        return ApiAnswer.of(PageKey.of(ApiLinks.METRICS + "/" + m.key(), language), () -> new MetricDetail(m.key(), tag,
                m.family(), familyName(m.family(), language.locale()), m.name(), blankToNull(m.abbreviation()),
                m.definition(), m.formula(), m.example(), m.watchFor(), blankToNull(m.resultUnit()), m.hasCalculator(),
                m.hasCalculator() ? m.inputs() : List.of(), m.hasCalculator() ? m.exampleInputs() : List.of(),
                links.url(m.path(), tag), m.source() == null ? null : SourceEntry.of(m.source())));
    }

    private String familyName(String key, Locale locale) {
        return messages.getMessage("metrics.family." + key, null, key, locale);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
