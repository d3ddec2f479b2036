package com.rolecompare.comparison;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.rolecompare.content.ContentRevisions;
import com.rolecompare.role.Pair;
import com.rolecompare.web.Fingerprints;
import com.rolecompare.web.SiteProperties;

/**
 * The picture a link to a comparison shows in a chat or a feed: 1200 x 630 PNG with both role names and the key
 * difference (or, without an editorial, what the O*NET figures say), drawn on the server with Noto Sans CJK (the
 * font package fonts-noto-cjk, SIL Open Font License) so that Chinese reads; another font where it is missing.
 * Addressed by a hash of the code version, the content revision, the pair and the language, so an address never
 * changes what it shows and can be cached for a year; drawn once per address, kept within a byte budget.
 */
@Component
public class PreviewImages {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final String PREFIX = "/previews/";
    private static final long BUDGET_BYTES = 8L * 1024 * 1024;
    private static final Set<String> FONTS = Set.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei");

    private final Comparisons comparisons;
    private final ContentRevisions revisions;
    private final Fingerprints fingerprints;
    private final SiteProperties site;
    private final MessageSource messages;
    private final Cache<String, byte[]> drawn = Caffeine.newBuilder().maximumWeight(BUDGET_BYTES)
            .weigher((String key, byte[] png) -> png.length + key.length()).build();
    private volatile String fontFamily;

    PreviewImages(Comparisons comparisons, ContentRevisions revisions, Fingerprints fingerprints, SiteProperties site,
            MessageSource messages) {
        this.comparisons = comparisons;
        this.revisions = revisions;
        this.fingerprints = fingerprints;
        this.site = site;
        this.messages = messages;
    }

    /** The image's absolute address for a pair in a language. */
    public String url(Pair pair, String tag) {
        return site.origin() + PREFIX + hash(pair, tag) + "/" + pair.segment() + "." + tag + ".png";
    }

    /** The PNG at a path below the prefix ({@code hash/segment.lang.png}), or null when it names no current image. */
    byte[] png(String hash, String name, java.util.function.Function<String, Pair> pairOf, Set<String> tags) {
        if (!name.endsWith(".png")) {
            return null;
        }
        String stem = name.substring(0, name.length() - 4);
        int dot = stem.lastIndexOf('.');
        if (dot < 0 || !tags.contains(stem.substring(dot + 1))) {
            return null;
        }
        String tag = stem.substring(dot + 1);
        Pair pair = pairOf.apply(stem.substring(0, dot));
        if (pair == null || pair.reversed() || !hash(pair, tag).equals(hash)) {
            return null;
        }
        return drawn.get(hash + "/" + name, key -> draw(comparisons.compare(pair, DimensionFilter.ALL, tag), tag));
    }

    String hash(Pair pair, String tag) {
        String identity = fingerprints.codeVersion() + '\n' + revisions.current() + '\n' + pair.segment() + '\n' + tag;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] draw(ComparisonView view, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF5F7FA));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x1D4ED8));
            g.fillRect(0, 0, 24, HEIGHT);
            g.setColor(new Color(0xB45309));
            g.fillRect(24, 0, 8, HEIGHT);

            String family = fontFamily();
            g.setColor(new Color(0x4A5260));
            g.setFont(new Font(family, Font.BOLD, 34));
            g.drawString(messages.getMessage("site.name", null, locale), 88, 92);

            g.setColor(new Color(0x1A1D23));
            String title = messages.getMessage("comparison.pairName",
                    new Object[] {view.first().name(), view.second().nameInText()}, locale);
            int y = drawWrapped(g, title, new Font(family, Font.BOLD, 72), 88, 200, WIDTH - 176, 2, 88);

            g.setColor(new Color(0x4A5260));
            int top = y + 84;
            int lines = Math.max(1, 1 + (HEIGHT - 110 - top) / 52);
            drawWrapped(g, subtitle(view, locale), new Font(family, Font.PLAIN, 36), 88, top, WIDTH - 176, lines, 52);

            g.setColor(new Color(0x1D4ED8));
            g.setFont(new Font(family, Font.PLAIN, 28));
            g.drawString(site.publicUrl().getHost(), 88, HEIGHT - 56);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private String subtitle(ComparisonView view, Locale locale) {
        if (view.hasEditorial() && !view.editorial().keyDifference().isBlank()) {
            return view.editorial().keyDifference();
        }
        Move move = view.moves().get(0);
        if (move.possible()) {
            return messages.getMessage("preview.similarity", new Object[] {move.transition().rounded(),
                    messages.getMessage("band." + move.transition().band().key(), null, locale)}, locale);
        }
        return messages.getMessage("comparison.plainDescription",
                new Object[] {view.first().name(), view.second().nameInText()}, locale);
    }

    /** Draws text in at most {@code lines} lines (the last one cut with an ellipsis); returns the baseline after. */
    private static int drawWrapped(Graphics2D g, String text, Font font, int x, int y, int width, int lines, int step) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        List<String> wrapped = wrap(text, metrics, width);
        int shown = Math.min(lines, wrapped.size());
        for (int i = 0; i < shown; i++) {
            String line = wrapped.get(i);
            if (i == shown - 1 && wrapped.size() > shown) {
                while (!line.isEmpty() && metrics.stringWidth(line + "…") > width) {
                    line = line.substring(0, line.length() - 1);
                }
                line = line + "…";
            }
            g.drawString(line, x, y + i * step);
        }
        return y + (shown - 1) * step;
    }

    /** Breaks at spaces where there are any, else anywhere (Chinese). */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line + token;
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.append(token);
            } else {
                lines.add(line.toString().strip());
                line = new StringBuilder(token.stripLeading());
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303f
                    || c >= 0xff00 && c <= 0xffef) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(String.valueOf(c));
            } else if (c == ' ') {
                word.append(c);
                tokens.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private String fontFamily() {
        String family = fontFamily;
        if (family == null) {
            List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            family = FONTS.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
            fontFamily = family;
        }
        return family;
    }
}
