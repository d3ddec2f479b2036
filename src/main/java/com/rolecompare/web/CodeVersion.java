package com.rolecompare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * A short hash of everything besides content that shapes a page (templates, message bundles, static assets),
 * computed once at startup. It goes into every page's ETag, so a deployment never serves 304 for a page
 * whose markup changed; instances of the same build agree on it.
 */
@Component
public class CodeVersion {

    private static final String[] PATTERNS = {"classpath:templates/**/*.html", "classpath:messages/*.properties",
            "classpath:static/**/*.*"};

    private final String value;

    CodeVersion() {
        this.value = hash();
    }

    public String value() {
        return value;
    }

    private static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : PATTERNS) {
                Resource[] resources = resolver.getResources(pattern);
                Arrays.sort(resources, Comparator.comparing(CodeVersion::name));
                for (Resource resource : resources) {
                    if (!resource.isReadable()) {
                        continue;
                    }
                    digest.update(name(resource).getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = Math.max(url.lastIndexOf("/templates/"), Math.max(url.lastIndexOf("/messages/"), url.lastIndexOf("/static/")));
            return at >= 0 ? url.substring(at) : url;
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }
}
