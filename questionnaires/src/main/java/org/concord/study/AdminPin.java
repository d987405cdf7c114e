package org.concord.study;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin PIN as a salted PBKDF2-HMAC-SHA256 hash; the PIN itself is never stored.
 *
 * @param salt       random salt, hex
 * @param hash       derived key, hex
 * @param iterations PBKDF2 iterations used (stored, so the default can rise without breaking old files)
 */
record AdminPin(String salt, String hash, int iterations) {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    static final int DEFAULT_ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Hashes a new PIN with a fresh salt. */
    static AdminPin create(char[] pin) {
        if (pin == null || pin.length == 0) {
            throw new IllegalArgumentException("the admin PIN must not be empty");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new AdminPin(HexFormat.of().formatHex(salt),
                HexFormat.of().formatHex(derive(pin, salt, DEFAULT_ITERATIONS)), DEFAULT_ITERATIONS);
    }

    /** True when {@code pin} is this PIN (constant-time comparison). */
    boolean matches(char[] pin) {
        if (pin == null || pin.length == 0) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(hash);
        return MessageDigest.isEqual(expected, derive(pin, HexFormat.of().parseHex(salt), iterations));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
