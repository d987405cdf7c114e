package org.concord.forms.validation;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one (Levenshtein distance). */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The candidate closest to {@code wrong}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // Up to a third of the letters may be wrong (at least one, at most three): beyond that it is a guess.
        int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** The Levenshtein edit distance between two strings. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
