package org.allteach.credits.document;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The codes that verify certificates, like {@code AT-7K3Q-9XPM-2DRF}: "AT" and twelve characters of Crockford's
 * base 32 (digits and capitals without I, L, O and U), 60 random bits from {@link SecureRandom}. Nobody can guess a
 * valid code, and a code read aloud or copied from paper survives: {@link #normalise} ignores case, spaces and dashes
 * and reads O as zero and I or L as one.
 */
public final class VerificationCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String PREFIX = "AT";
    private static final int LENGTH = 12;
    private static final int GROUP = 4;
    private static final Pattern WELL_FORMED = Pattern.compile("AT(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.·–—]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    /** A new code, like {@code AT-7K3Q-9XPM-2DRF}. */
    public static String generate() {
        char[] characters = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            characters[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return grouped(new String(characters));
    }

    /**
     * The code someone typed, in the form {@link #generate} writes it: upper case, grouped with dashes, O read as
     * zero and I or L as one, with or without the "AT". Text that cannot be a code comes back upper case without
     * separators, and is not {@link #isWellFormed well formed}.
     *
     * @param typed what was typed or scanned; {@code null} is empty
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = SEPARATORS.matcher(typed.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        if (compact.length() == PREFIX.length() + LENGTH && compact.startsWith(PREFIX)) {
            compact = compact.substring(PREFIX.length());
        }
        if (compact.length() != LENGTH) {
            return compact;
        }
        String read = compact.replace('O', '0').replace('I', '1').replace('L', '1');
        for (int i = 0; i < read.length(); i++) {
            if (ALPHABET.indexOf(read.charAt(i)) < 0) {
                return compact;
            }
        }
        return grouped(read);
    }

    /** Whether a code has the form {@link #generate} writes (say so before looking it up). */
    public static boolean isWellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }

    private static String grouped(String characters) {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < characters.length(); i += GROUP) {
            code.append('-').append(characters, i, i + GROUP);
        }
        return code.toString();
    }
}
