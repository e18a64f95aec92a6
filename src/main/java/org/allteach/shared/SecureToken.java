package org.allteach.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An unguessable token for links sent by email (invitations, password resets). The link carries the token;
 * the database keeps only its SHA-256 hash, so a leaked database dump holds no usable links.
 *
 * @param value the token as it appears in the link
 */
public record SecureToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SecureToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecureToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hash(value);
    }

    /** The hash stored in the database for a token taken from a link. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SecureToken[redacted]";
    }
}
