package com.rolecompare.metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.rolecompare.content.TextPart;

/**
 * Finds the first name of a metric in a text and links it to the metric's glossary entry. The longest name wins
 * where two start at the same place ("service level agreement" is not "service level": see {@link #NOT_A_METRIC});
 * Latin names only match whole words.
 */
public final class MetricLinks {

    /** Words that turn a metric's name into something else when they follow it. */
    static final List<String> NOT_A_METRIC = List.of(" agreement", "协议", "目标");

    record Alias(String text, String href) {
    }

    private final List<Alias> aliases;

    MetricLinks(List<Alias> aliases) {
        this.aliases = aliases.stream().sorted(Comparator.comparingInt((Alias a) -> a.text().length()).reversed()).toList();
    }

    static MetricLinks none() {
        return new MetricLinks(List.of());
    }

    /** The names that link to this address, longest first. */
    List<String> namesOf(String href) {
        return aliases.stream().filter(a -> a.href().equals(href)).map(Alias::text).toList();
    }

    /** The text cut around its first metric name; one plain part when it names none. */
    public List<TextPart> parts(String text) {
        if (text == null) {
            return List.of();
        }
        int bestAt = -1;
        Alias best = null;
        for (Alias alias : aliases) {
            int at = find(text, alias.text());
            if (at >= 0 && (bestAt < 0 || at < bestAt)) {
                bestAt = at;
                best = alias;
            }
        }
        if (best == null) {
            return List.of(TextPart.plain(text));
        }
        List<TextPart> parts = new ArrayList<>();
        if (bestAt > 0) {
            parts.add(TextPart.plain(text.substring(0, bestAt)));
        }
        int end = bestAt + best.text().length();
        parts.add(new TextPart(text.substring(bestAt, end), best.href()));
        if (end < text.length()) {
            parts.add(TextPart.plain(text.substring(end)));
        }
        return parts;
    }

    private static int find(String text, String alias) {
        int from = 0;
        while (true) {
            int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(alias.toLowerCase(java.util.Locale.ROOT), from);
            if (at < 0) {
                return -1;
            }
            int end = at + alias.length();
            boolean latin = alias.chars().allMatch(c -> c < 0x2e80);
            boolean wholeWord = !latin || ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))));
            String rest = text.substring(end);
            boolean followedByOther = NOT_A_METRIC.stream().anyMatch(rest::startsWith);
            if (wholeWord && !followedByOther) {
                return at;
            }
            from = at + 1;
        }
    }
}
