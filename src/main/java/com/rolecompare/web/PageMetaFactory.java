package com.rolecompare.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import com.rolecompare.content.Languages;

/** Builds a page's canonical and per-language addresses from its path and its (normalised) filter. */
@Component
public class PageMetaFactory {

    private final Languages languages;

    PageMetaFactory(Languages languages) {
        this.languages = languages;
    }

    /**
     * @param path the page's path, already in canonical form (for instance {@code /compare/a-vs-b})
     * @param dimensions the chosen dimension keys in canonical order; empty for none
     */
    public PageMeta build(HttpServletRequest request, String path, List<String> dimensions) {
        String current = languages.tagOf(RequestContextUtils.getLocale(request));
        boolean explicit = explicitLanguage(request);
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        List<PageMeta.Alternate> alternates = new ArrayList<>();
        String canonical = null;
        for (String tag : languages.tags()) {
            String href = relative(path, dimensions, tag);
            alternates.add(new PageMeta.Alternate(tag, origin + href, href, tag.equals(current)));
            if (tag.equals(current)) {
                canonical = origin + href;
            }
        }
        String adaptive = origin + relative(path, dimensions, null);
        // Each address is its own canonical: the one without ?lang= adapts to the reader (and is x-default).
        return new PageMeta(current, explicit ? canonical : adaptive, adaptive, List.copyOf(alternates));
    }

    /** Whether this request names its language with a supported {@code ?lang=}. */
    boolean explicitLanguage(HttpServletRequest request) {
        try {
            return languages.parse(request.getParameter(LanguageParameterInterceptor.PARAMETER)).isPresent();
        } catch (RuntimeException undecodable) {
            return false;
        }
    }

    private static String relative(String path, List<String> dimensions, String lang) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        dimensions.forEach(key -> uri.queryParam("dimension", key));
        if (lang != null) {
            uri.queryParam(LanguageParameterInterceptor.PARAMETER, lang);
        }
        return uri.encode().build().toUriString();
    }
}
