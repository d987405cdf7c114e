package org.concord.forms.validation;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one (Levenshtein distance, counting a swap of two letters as one edit). */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The candidate closest to {@code wrong}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            // On a tie, the candidate that starts like the wrong name is the likelier one.
            if (d < bestDistance || d == bestDistance && commonPrefix(wrong, candidate) > commonPrefix(wrong, best)) {
                best = candidate;
                bestDistance = d;
            }
        }
        // Up to a third of the letters may be wrong (at least one, at most three): beyond that it is a guess.
        int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /**
     * The edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbouring
     * letters each count 1 (optimal string alignment), so {@code yeras} is 1 from {@code years}.
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
