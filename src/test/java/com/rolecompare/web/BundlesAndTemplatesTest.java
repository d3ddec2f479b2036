package com.rolecompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every label comes from a message bundle, and every bundle has the same keys. */
class BundlesAndTemplatesTest {

    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();
    /** Text that a reader would read: any letter or CJK character. Punctuation alone is layout. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{IsHan}]");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder", "value",
            "aria-description", "label");

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Resource[] bundles = RESOURCES.getResources("classpath:messages/messages*.properties");
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(2);
        Set<String> reference = keys(bundles[0]);
        for (Resource bundle : bundles) {
            assertThat(keys(bundle)).as(bundle.getFilename()).isEqualTo(reference);
        }
    }

    @Test
    void noBundleHasAnEmptyValue() throws IOException {
        for (Resource bundle : RESOURCES.getResources("classpath:messages/messages*.properties")) {
            Properties properties = load(bundle);
            // A separator may be a space or nothing (Chinese sentences follow each other without one); a label may not.
            assertThat(properties.stringPropertyNames()).as(bundle.getFilename())
                    .filteredOn(key -> !key.endsWith(".separator"))
                    .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void noTemplateHoldsAUserFacingLiteral() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Resource template : RESOURCES.getResources("classpath:templates/**/*.html")) {
            Document html = Jsoup.parse(read(template), "", Parser.htmlParser());
            for (Element element : html.getAllElements()) {
                if (replacedByThymeleaf(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (WORDS.matcher(text.text()).find()) {
                        literals.add(template.getFilename() + ": <" + element.tagName() + "> " + text.text().trim());
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && WORDS.matcher(attribute.getValue()).find()
                            && !dataValue(element, attribute.getKey())) {
                        literals.add(template.getFilename() + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                    }
                });
                if (element.tagName().equals("meta") && element.attr("name").equals("description")
                        && !element.hasAttr("th:content")) {
                    literals.add(template.getFilename() + ": meta description without th:content");
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    /**
     * Unescaped output is for structured data only: the one {@code th:utext} writes {@code jsonLd} inside a JSON-LD
     * script element, and the controllers fill it with {@link StructuredData}, which only Jackson plus its escaping make.
     */
    @Test
    void onlyStructuredDataIsWrittenUnescaped() throws IOException {
        List<String> unescaped = new ArrayList<>();
        for (Resource template : RESOURCES.getResources("classpath:templates/**/*.html")) {
            Document html = Jsoup.parse(read(template), "", Parser.htmlParser());
            for (Element element : html.select("[th:utext]")) {
                unescaped.add(template.getFilename() + ": <" + element.tagName() + " type=" + element.attr("type") + "> "
                        + element.attr("th:utext"));
            }
        }
        assertThat(unescaped).containsExactly("layout.html: <script type=application/ld+json> ${jsonLd}");
    }

    /** Text inside an element whose content Thymeleaf replaces is a designer's placeholder, never shown. */
    private static boolean replacedByThymeleaf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")) {
                return true;
            }
        }
        return false;
    }

    /** A form value such as a checkbox's key is data, not a label. */
    private static boolean dataValue(Element element, String attribute) {
        return attribute.equals("value") && (element.hasAttr("th:value") || element.tagName().equals("input"));
    }

    private static Set<String> keys(Resource bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(Resource bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = bundle.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
