package com.rolecompare.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/** Serves {@code /assets/{hash}/path} only while the hash is the file's current one; a stale hash is a 404. */
class FingerprintedResourceResolver implements ResourceResolver {

    private final Fingerprints assets;

    FingerprintedResourceResolver(Fingerprints assets) {
        this.assets = assets;
    }

    @Override
    public Resource resolveResource(HttpServletRequest request, String requestPath,
            List<? extends Resource> locations, ResourceResolverChain chain) {
        String path = assets.current(requestPath);
        return path == null ? null : chain.resolveResource(request, path, locations);
    }

    @Override
    public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
        return null;
    }
}
