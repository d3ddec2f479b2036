package com.rolecompare.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reader typed, made safe and bounded before anything else sees it: control and format characters become
 * spaces, full-width letters plain (NFKC), at most {@link #MAX_CHARS} characters and {@link #MAX_UNITS} search units.
 * Nothing here is Lucene syntax: a unit is a run of letters and digits or a run of Chinese characters, and queries are
 * built from units term by term (see {@link Search}), so {@code title:*} is two words and {@code "unclosed} one.
 */
final class SearchText {

    static final int MAX_CHARS = 200;
    static final int MAX_UNITS = 16;
    /** A run of Chinese characters longer than this is cut into pieces of this length. */
    static final int MAX_HAN_RUN = 12;
    /** Read no further than this into what was sent, whatever its length. */
    private static final int READ_AT_MOST = MAX_CHARS * 4;

    /** Words that join the two roles of a comparison: "agent vs pm", "客服 对比 项目经理". */
    static final Set<String> SEPARATORS = Set.of("vs", "v", "versus", "against", "and", "or", "对比", "比较", "还是", "和",
            "与", "跟", "/", "&", "、", ",", "，", ";", "；", "|", "+", "<>");
    private static final Pattern CHINESE_SEPARATOR = Pattern.compile("(对比|比较|还是|[和与跟])");
    private static final Pattern SEPARATOR_MARK = Pattern.compile("([/&、,，;；|+])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One thing to look for: a run of letters and digits (lower case) or of Chinese characters. */
    record Unit(String text, boolean han) {
    }

    /**
     * @param text the cleaned query, as the page shows it back
     * @param words its words (split at spaces, with separators standing alone), for finding two roles in it
     * @param units what is looked for, at most {@link #MAX_UNITS}
     * @param shortened whether the query was cut at {@link #MAX_CHARS} characters
     * @param tooManyUnits whether units past {@link #MAX_UNITS} were left out
     */
    record Query(String text, List<String> words, List<Unit> units, boolean shortened, boolean tooManyUnits) {

        boolean empty() {
            return units.isEmpty();
        }

        static Query of(String raw) {
            if (raw == null) {
                return new Query("", List.of(), List.of(), false, false);
            }
            boolean shortened = raw.length() > READ_AT_MOST;
            String text = clean(shortened ? raw.substring(0, READ_AT_MOST) : raw);
            if (text.codePointCount(0, text.length()) > MAX_CHARS) {
                text = text.substring(0, text.offsetByCodePoints(0, MAX_CHARS)).trim();
                shortened = true;
            }
            String spaced = SEPARATOR_MARK.matcher(CHINESE_SEPARATOR.matcher(text).replaceAll(" $1 ")).replaceAll(" $1 ");
            List<String> words = spaced.isBlank() ? List.of() : List.of(SPACES.split(spaced.trim()));
            List<Unit> units = new ArrayList<>();
            boolean tooMany = false;
            for (String word : words) {
                if (SEPARATORS.contains(word.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (Unit unit : SearchText.units(word)) {
                    if (units.size() == MAX_UNITS) {
                        tooMany = true;
                        break;
                    }
                    units.add(unit);
                }
            }
            return new Query(text, words, List.copyOf(units), shortened, tooMany);
        }
    }

    /** NFKC, control, format and unassigned characters as spaces, runs of spaces as one. */
    static String clean(String raw) {
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder clean = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean unwanted = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
            clean.appendCodePoint(unwanted || Character.isWhitespace(c) ? ' ' : c);
        });
        return SPACES.matcher(clean).replaceAll(" ").trim();
    }

    /** The runs of letters and digits, and of Chinese characters, in a word; punctuation separates them. */
    static List<Unit> units(String word) {
        List<Unit> units = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean han = null;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            boolean isWord = isHan || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (!isWord || (han != null && han != isHan)) {
                flush(run, han, units);
                han = null;
            }
            if (isWord) {
                run.appendCodePoint(c);
                han = isHan;
            }
        }
        flush(run, han, units);
        return units;
    }

    private static void flush(StringBuilder run, Boolean han, List<Unit> units) {
        if (run.length() == 0) {
            return;
        }
        String text = run.toString();
        if (Boolean.TRUE.equals(han)) {
            for (int at = 0; at < text.length(); at += MAX_HAN_RUN) {
                units.add(new Unit(text.substring(at, Math.min(text.length(), at + MAX_HAN_RUN)), true));
            }
        } else if (run.codePoints().anyMatch(Character::isLetterOrDigit)) {
            units.add(new Unit(text.toLowerCase(Locale.ROOT), false));
        }
        run.setLength(0);
    }

    /**
     * A name as an exact match compares it: lower case, punctuation as spaces, no space next to a Chinese character.
     * "Call-center agent" and "call center agent" are the same; so are "信息技术(IT)项目经理" and "信息技术 IT 项目经理".
     */
    static String exact(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
                if (space && out.length() > 0 && !han && !endsWithHan(out)) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean endsWithHan(StringBuilder text) {
        int last = text.codePointBefore(text.length());
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN;
    }

    /**
     * The forms of a name or title an exact search matches: the whole, and, for "Customer service representative
     * (CSR)", the part outside the brackets and the part inside.
     */
    static Set<String> exactForms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(exact(name));
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC);
        int open = normalized.indexOf('(');
        int close = normalized.indexOf(')', open + 1);
        if (open >= 0 && close > open) {
            forms.add(exact(normalized.substring(0, open) + " " + normalized.substring(close + 1)));
            forms.add(exact(normalized.substring(open + 1, close)));
        }
        forms.remove("");
        return forms;
    }

    private static final Set<String> NOT_INITIALS = Set.of("and", "of", "the", "for", "in");

    /**
     * What people abbreviate an English name to: the initials of its words ("Project manager": pm), and with a word
     * already in capitals kept whole ("IT project manager": ipm and itpm). Names of one word have none.
     */
    static Set<String> acronyms(String name) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC);
        int open = normalized.indexOf('(');
        String bare = open > 0 ? normalized.substring(0, open) : normalized;
        List<String> words = new ArrayList<>();
        for (String word : bare.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !NOT_INITIALS.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        Set<String> acronyms = new LinkedHashSet<>();
        if (words.size() < 2 || words.stream().anyMatch(w -> Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN)) {
            return acronyms;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder kept = new StringBuilder();
        for (String word : words) {
            initials.appendCodePoint(word.codePointAt(0));
            kept.append(word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) ? word : word.substring(0, 1));
        }
        acronyms.add(initials.toString().toLowerCase(Locale.ROOT));
        acronyms.add(kept.toString().toLowerCase(Locale.ROOT));
        return acronyms;
    }

    private SearchText() {
    }
}
