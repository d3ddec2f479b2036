package com.rolecompare.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the site is published.
 *
 * @param publicUrl the origin readers use (scheme, host and port, no path), such as {@code https://rolecompare.example};
 *        the only source of absolute addresses in responses: nothing is taken from {@code Host} or forwarded headers
 */
@ConfigurationProperties("rolecompare")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI publicUrl) {

    public SiteProperties {
        String scheme = publicUrl.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || publicUrl.getHost() == null
                || publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null
                || !(publicUrl.getRawPath() == null || publicUrl.getRawPath().isEmpty() || "/".equals(publicUrl.getRawPath()))) {
            throw new IllegalArgumentException("rolecompare.public-url must be an http(s) origin such as "
                    + "https://rolecompare.example, without path, query or fragment: " + publicUrl);
        }
    }

    /** The origin as written in pages: {@code https://host[:port]}, without a trailing slash. */
    public String origin() {
        String text = publicUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
