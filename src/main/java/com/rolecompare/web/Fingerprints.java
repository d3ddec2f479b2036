package com.rolecompare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The one hasher of the application's own files, run once, on first use. It gives
 * <ul>
 * <li>each static file a fingerprinted address: {@code /css/site.css} is linked as {@code /assets/{hash}/css/site.css},
 * which browsers keep for a year because a new version gets a new hash (templates ask {@code #assets.url(...)});</li>
 * <li>the code version: one hash of the templates, message bundles and static files, part of every page's ETag, so
 * that a deployment never answers 304 for a page whose markup changed. Instances of one build agree on it.</li>
 * </ul>
 */
@Component
public class Fingerprints {

    static final String PREFIX = "/assets/";
    private static final String STATIC = "/static/";
    private static final String[] CODE = {"/templates/", "/messages/", STATIC};
    private static final int HASH_LENGTH = 12;

    private record Hashes(Map<String, String> assets, String codeVersion) {
    }

    private volatile Hashes hashes;

    /** The fingerprinted address of a static file, such as {@code /css/site.css}; unknown files keep their own. */
    public String url(String path) {
        String hash = hashes().assets().get(path);
        return hash == null ? path : PREFIX + hash + path;
    }

    /** The hash of the templates, bundles and static files. */
    public String codeVersion() {
        return hashes().codeVersion();
    }

    /** The file a fingerprinted path names (such as {@code 0123456789ab/css/site.css}), if the hash is current. */
    String current(String hashAndPath) {
        int slash = hashAndPath.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String path = hashAndPath.substring(slash);
        return hashAndPath.substring(0, slash).equals(hashes().assets().get(path)) ? path.substring(1) : null;
    }

    private Hashes hashes() {
        Hashes current = hashes;
        if (current == null) {
            synchronized (this) {
                if (hashes == null) {
                    hashes = scan();
                }
                current = hashes;
            }
        }
        return current;
    }

    private static Hashes scan() {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(Fingerprints.class.getClassLoader());
        Map<String, String> files = new TreeMap<>(); // "/static/css/site.css" -> full hash, sorted: a stable order
        try {
            for (String folder : CODE) {
                for (Resource resource : resolver.getResources("classpath:" + folder.substring(1) + "**/*.*")) {
                    String url = resource.getURL().toExternalForm();
                    int at = url.lastIndexOf(folder);
                    if (resource.isReadable() && at >= 0) {
                        files.put(url.substring(at), sha256(resource));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> assets = new TreeMap<>();
        MessageDigest code = digest();
        files.forEach((name, hash) -> {
            code.update((name + '\n' + hash + '\n').getBytes(StandardCharsets.UTF_8));
            if (name.startsWith(STATIC)) {
                assets.put(name.substring(STATIC.length() - 1), hash.substring(0, HASH_LENGTH));
            }
        });
        return new Hashes(Map.copyOf(assets), HexFormat.of().formatHex(code.digest()).substring(0, HASH_LENGTH));
    }

    private static String sha256(Resource resource) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = resource.getInputStream()) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
