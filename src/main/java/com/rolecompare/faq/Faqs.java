package com.rolecompare.faq;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Languages;
import com.rolecompare.content.RevisionCache;

/** The FAQ, read once per content revision. */
@Service
public class Faqs {

    private final Supplier<List<FaqEntry>> entries;
    private final Languages languages;

    Faqs(FaqRepository repository, RevisionCache cache, Languages languages) {
        this.entries = cache.of(() -> List.copyOf(repository.findAllWithTexts()));
        this.languages = languages;
    }

    public List<FaqView> siteWide(String tag) {
        return select(null, tag);
    }

    public List<FaqView> forComparison(long comparisonId, String tag) {
        return select(comparisonId, tag);
    }

    private List<FaqView> select(Long comparisonId, String tag) {
        return entries.get().stream()
                .filter(e -> Objects.equals(e.comparisonId(), comparisonId))
                .map(e -> view(e, tag))
                .toList();
    }

    private FaqView view(FaqEntry entry, String tag) {
        Map<String, FaqText> texts = entry.texts();
        FaqText text = texts.getOrDefault(tag, texts.get(languages.defaultTag()));
        return new FaqView(entry.anchor(), text == null ? "" : text.question(), text == null ? "" : text.answer());
    }
}
