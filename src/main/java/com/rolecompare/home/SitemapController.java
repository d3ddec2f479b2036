package com.rolecompare.home;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;

import com.rolecompare.content.Content;
import com.rolecompare.content.ContentRevisions;
import com.rolecompare.content.ContentSnapshots;
import com.rolecompare.content.Languages;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.metric.MetricView;
import com.rolecompare.metric.Metrics;
import com.rolecompare.role.Pair;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;
import com.rolecompare.web.SiteProperties;

/**
 * {@code /sitemap.xml}: every page a reader can reach (home, roles, every role, dimension, pair, metric, FAQ) in every
 * language and in its adaptive form, each with its alternates; {@code /robots.txt} names it and keeps crawlers out of
 * the API and search. Absolute addresses from the configured public URL only; lastmod is the content's last change.
 */
@Controller
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final ContentSnapshots snapshots;
    private final ContentRevisions revisions;
    private final Roles roles;
    private final Dimensions dimensions;
    private final Metrics metrics;
    private final Languages languages;
    private final SiteProperties site;

    SitemapController(ContentSnapshots snapshots, ContentRevisions revisions, Roles roles, Dimensions dimensions,
            Metrics metrics, Languages languages, SiteProperties site) {
        this.snapshots = snapshots;
        this.revisions = revisions;
        this.roles = roles;
        this.dimensions = dimensions;
        this.metrics = metrics;
        this.languages = languages;
        this.site = site;
    }

    private record Sitemap(String etag, byte[] xml) {
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(HttpServletRequest request, HttpServletResponse response) {
        Content content = snapshots.whole();
        Sitemap sitemap = content.derive(Sitemap.class, this::build);
        if (new ServletWebRequest(request, response).checkNotModified(sitemap.etag())) {
            return null;
        }
        return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache().cachePublic())
                .eTag(sitemap.etag()).body(sitemap.xml());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String robots = """
                User-agent: *
                Disallow: /api/
                Disallow: /search
                Disallow: /actuator/

                Sitemap: %s/sitemap.xml
                """.formatted(site.origin());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache().cachePublic()).body(robots);
    }

    /** The pages of the site, as paths without a query. */
    List<String> paths(Content content) {
        List<String> paths = new ArrayList<>(List.of("/", "/roles", "/faq", "/metrics"));
        List<RoleView> all = roles.in(content).all(languages.defaultTag());
        all.forEach(r -> paths.add("/roles/" + r.slug()));
        dimensions.in(content).all(languages.defaultTag()).stream().map(DimensionView::key)
                .forEach(key -> paths.add("/dimensions/" + key));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                paths.add(Pair.of(all.get(i).slug(), all.get(j).slug()).path());
            }
        }
        metrics.in(content).all(languages.defaultTag()).stream().map(MetricView::path).forEach(paths::add);
        return paths;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sitemap build(Content content) {
        LocalDateTime changed = revisions.changedAt();
        String lastmod = changed == null ? null : changed.format(DateTimeFormatter.ISO_LOCAL_DATE);
        String origin = site.origin();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String path : paths(content)) {
            List<String[]> versions = new ArrayList<>();
            for (String tag : languages.tags()) {
                versions.add(new String[] {tag, origin + path + "?lang=" + tag});
            }
            versions.add(new String[] {"x-default", origin + path});
            for (String[] version : versions) {
                xml.append("  <url>\n    <loc>").append(HtmlUtils.htmlEscape(version[1])).append("</loc>\n");
                if (lastmod != null) {
                    xml.append("    <lastmod>").append(lastmod).append("</lastmod>\n");
                }
                for (String[] alternate : versions) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alternate[0]).append("\" href=\"")
                            .append(HtmlUtils.htmlEscape(alternate[1])).append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        xml.append("</urlset>\n");
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + java.util.HexFormat.of().formatHex(sha256(bytes), 0, 10) + "\"";
        return new Sitemap(etag, bytes);
    }
}
