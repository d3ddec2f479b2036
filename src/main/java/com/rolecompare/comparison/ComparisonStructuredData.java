package com.rolecompare.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolecompare.web.SiteProperties;
import com.rolecompare.web.StructuredData;

/**
 * A comparison page's schema.org data: its breadcrumb trail, and its questions as an {@code FAQPage} where it has
 * any (metadata only: search engines stopped showing FAQ results in 2026, other readers of the data may use it).
 */
@Component
class ComparisonStructuredData {

    private final SiteProperties site;
    private final MessageSource messages;

    ComparisonStructuredData(SiteProperties site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    StructuredData of(ComparisonView view, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String url = site.origin() + view.pair().path() + "?lang=" + tag;
        List<Map<String, Object>> graph = new ArrayList<>();
        graph.add(Map.of("@type", "BreadcrumbList", "itemListElement", List.of(
                crumb(1, messages.getMessage("nav.home", null, locale), site.origin() + "/?lang=" + tag),
                crumb(2, messages.getMessage("comparison.pairName",
                        new Object[] {view.first().name(), view.second().nameInText()}, locale), url))));
        if (!view.faq().isEmpty()) {
            graph.add(Map.of("@type", "FAQPage", "url", url, "inLanguage", tag, "mainEntity", view.faq().stream()
                    .map(q -> Map.of("@type", "Question", "name", q.question(),
                            "acceptedAnswer", Map.of("@type", "Answer", "text", q.answer())))
                    .toList()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@graph", graph);
        return StructuredData.script(data);
    }

    private static Map<String, Object> crumb(int position, String name, String item) {
        return Map.of("@type", "ListItem", "position", position, "name", name, "item", item);
    }
}
