package com.rolecompare.api;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rolecompare.role.RoleView;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.SiteProperties;

/**
 * Absolute addresses in the API's answers, from {@code rolecompare.public-url} only (never from the request's host).
 * Every address names the answer's language, so that following it shows the same language.
 */
@Component
class ApiLinks {

    static final String V1 = "/api/v1";
    static final String ROLES = V1 + "/roles";
    static final String DIMENSIONS = V1 + "/dimensions";
    static final String COMPARISONS = V1 + "/comparisons";
    static final String FAQ = V1 + "/faq";
    static final String METRICS = V1 + "/metrics";
    static final String CSV = ".csv";

    private final String origin;

    ApiLinks(SiteProperties site) {
        this.origin = site.origin();
    }

    /** The absolute address of a path (a page's or the API's), in a language, with a dimension filter. */
    String url(String path, List<String> dimensions, String tag) {
        return origin + new PageKey(path, dimensions, tag, true).href();
    }

    String url(String path, String tag) {
        return url(path, List.of(), tag);
    }

    RoleRef role(RoleView role, String tag) {
        return new RoleRef(role.slug(), role.name(), url("/roles/" + role.slug(), tag), url(ROLES + "/" + role.slug(), tag));
    }
}
