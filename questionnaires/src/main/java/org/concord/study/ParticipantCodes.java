package org.concord.study;

import java.security.SecureRandom;

/**
 * Short participant codes such as {@code KX7-4P2}, easy to read aloud and to type: no letters or digits that are
 * confused with one another (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V). 19^6, about 47 million, codes.
 */
final class ParticipantCodes {
    static final String ALPHABET = "ACEFHJKMNPRTWXY3479";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ParticipantCodes() {
    }

    /** A fresh random code. */
    static String next() {
        StringBuilder code = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
