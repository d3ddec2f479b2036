package com.rolecompare.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/**
 * The search page ({@code /search?q=}), made for each query and never kept, and the names suggested as the reader
 * types ({@code /search/suggest?q=}, JSON, never stored by anyone).
 */
@Controller
class SearchController {

    static final String VIEW = "search";

    /** One suggestion as the header's search box shows it. */
    record SuggestionJson(String label, String url, String kind) {
    }

    private final Search search;
    private final MessageSource messages;

    SearchController(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/search")
    Page search(@RequestParam(name = "q", required = false) List<String> q, ReaderLanguage language) {
        Search.Results results = search.search(first(q), language.tag());
        String path = results.query().isEmpty() ? "/search"
                : "/search?q=" + URLEncoder.encode(results.query(), StandardCharsets.UTF_8);
        return Page.uncached(VIEW, PageKey.of(path, language),
                () -> Map.of("results", results, "asked", q != null, "maxChars", SearchText.MAX_CHARS,
                        "maxWords", SearchText.MAX_UNITS, "noindex", true), 200);
    }

    @GetMapping(path = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<List<SuggestionJson>> suggest(@RequestParam(name = "q", required = false) List<String> q,
            ReaderLanguage language) {
        List<SuggestionJson> found = search.suggest(first(q), language.tag()).stream()
                .map(s -> new SuggestionJson(s.of() == null ? s.name()
                        : messages.getMessage("search.suggest.otherName", new Object[] {s.name(), s.of()}, language.locale()),
                        s.url(), s.kind()))
                .toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .body(found);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
