package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import com.rolecompare.support.Site;

/** Static files are linked by content hash and may be cached for a year; a stale hash finds nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FingerprintsTest {

    static final String IMMUTABLE = "max-age=31536000, public, immutable";

    @LocalServerPort
    int port;

    @Autowired
    Fingerprints assets;

    @Test
    void pagesLinkStylesheetIconAndScriptByContentHash() {
        Document home = new Site(port).get("/?lang=en").html();
        Document comparison = new Site(port).get("/compare/call-center-agent-vs-project-manager").html();

        assertThat(home.select("link[rel=stylesheet]").attr("href")).matches("/assets/[0-9a-f]{12}/css/site\\.css");
        assertThat(home.select("link[rel=icon]").attr("href")).matches("/assets/[0-9a-f]{12}/favicon\\.svg");
        assertThat(comparison.select("script[src*=filter]").attr("src")).matches("/assets/[0-9a-f]{12}/js/filter\\.js");
        assertThat(home.select("script[src*=search]").attr("src")).matches("/assets/[0-9a-f]{12}/js/search\\.js");
        assertThat(comparison.select("script[src]")).hasSize(2).allSatisfy(script -> assertThat(script.hasAttr("defer")).isTrue());
    }

    @Test
    void fingerprintedFileIsTheFileAndMayBeKeptForAYear() throws IOException {
        String url = assets.url("/css/site.css");
        Site.Page css = new Site(port).get(url);

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).contains(IMMUTABLE);
        assertThat(css.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).isEqualTo(new ClassPathResource("static/css/site.css")
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void scriptAndStylesheetAreSentCompressed() {
        Site site = new Site(port);
        for (String path : new String[] {"/js/filter.js", "/css/site.css"}) {
            assertThat(site.get(assets.url(path), "Accept-Encoding", "gzip").header("Content-Encoding"))
                    .as(path).contains("gzip");
        }
    }

    @Test
    void staleOrMadeUpHashIsNotFound() {
        Site site = new Site(port);
        String current = assets.url("/js/filter.js");
        String cssHash = assets.url("/css/site.css").split("/")[2];

        assertThat(site.get("/assets/0123456789ab/js/filter.js").status()).isEqualTo(404);
        assertThat(site.get("/assets/" + cssHash + "/js/filter.js").status()).isEqualTo(404);
        assertThat(site.get(current).status()).isEqualTo(200);
    }

    @Test
    void differentContentGetsADifferentHashAndUnknownFilesKeepTheirPath() {
        assertThat(assets.url("/css/site.css")).isNotEqualTo(assets.url("/js/filter.js").replace("/js/filter.js", "/css/site.css"));
        assertThat(assets.url("/no-such-file.css")).isEqualTo("/no-such-file.css");
    }
}
