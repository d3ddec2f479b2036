package com.rolecompare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * Fingerprinted addresses of the static files: {@code /css/site.css} is linked as
 * {@code /assets/{hash}/css/site.css}, which browsers may keep for a year, because a new version gets a new hash.
 * Hashes are computed once at startup; pages ask {@code ${#assets.url('/css/site.css')}}, a map look-up.
 * (Spring's content-version resource chain does the same but rewrites every link on every request.)
 */
@Component
public class Assets {

    static final String PREFIX = "/assets/";
    private static final String ROOT = "/static/";
    private static final int HASH_LENGTH = 12;

    private final Map<String, String> hashes = new TreeMap<>();

    Assets() throws IOException {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        for (Resource resource : resolver.getResources("classpath:" + ROOT + "**/*.*")) {
            String url = resource.getURL().toExternalForm();
            if (resource.isReadable() && url.contains(ROOT)) {
                hashes.put(url.substring(url.lastIndexOf(ROOT) + ROOT.length() - 1), hash(resource));
            }
        }
    }

    /** The fingerprinted address of a static file, such as {@code /css/site.css}; unknown files keep their own. */
    public String url(String path) {
        String hash = hashes.get(path);
        return hash == null ? path : PREFIX + hash + path;
    }

    /** The file a fingerprinted path names (such as {@code 0123456789ab/css/site.css}), if the hash is current. */
    String current(String hashAndPath) {
        int slash = hashAndPath.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String path = hashAndPath.substring(slash);
        return hashAndPath.substring(0, slash).equals(hashes.get(path)) ? path.substring(1) : null;
    }

    private static String hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return DigestUtils.md5DigestAsHex(in).substring(0, HASH_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
