package com.rolecompare.search;

import java.util.Map;
import java.util.Set;

/**
 * "Did you mean" for English: a word that occurs nowhere on the site is replaced by the closest word of a role's name
 * or title (or a metric's name), at most one edit away for words of four or five letters, two for longer ones
 * (Damerau-Levenshtein: a swap of neighbours is one edit). Shorter words, words with digits and Chinese are left alone.
 */
final class Spelling {

    private final Map<String, Integer> nameWords;
    private final Set<String> knownWords;

    /**
     * @param nameWords the words of names and titles, with how many names use each
     * @param knownWords every Latin word of the indexed text, as written (lower case)
     */
    Spelling(Map<String, Integer> nameWords, Set<String> knownWords) {
        this.nameWords = Map.copyOf(nameWords);
        this.knownWords = Set.copyOf(knownWords);
    }

    /** The word a reader probably meant, or null when the word is known, too short or nothing is close. */
    String correct(String word) {
        if (word.length() < 4 || word.length() > 30 || knownWords.contains(word) || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        int allowed = word.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestUses = 0;
        for (Map.Entry<String, Integer> candidate : nameWords.entrySet()) {
            String name = candidate.getKey();
            if (Math.abs(name.length() - word.length()) > allowed) {
                continue;
            }
            int distance = distance(word, name, allowed);
            boolean better = distance < bestDistance
                    || (distance == bestDistance && (candidate.getValue() > bestUses
                            || (candidate.getValue() == bestUses && best != null && name.compareTo(best) < 0)));
            if (distance <= allowed && better) {
                best = name;
                bestDistance = distance;
                bestUses = candidate.getValue();
            }
        }
        return best;
    }

    /** Optimal string alignment distance, giving up (returning more than the limit) once it cannot be within it. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
