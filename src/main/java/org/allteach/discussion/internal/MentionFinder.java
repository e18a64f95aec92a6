package org.allteach.discussion.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds "@Display Name" mentions in a post. Names have spaces, so a mention is the longest name of a person who
 * can read the thread that the text after "@" starts with; anything else stays plain text.
 */
public final class MentionFinder {

    private MentionFinder() {
    }

    /** The first word after each "@" that starts a mention (not an email address), to look candidates up by. */
    public static Set<String> prefixes(String body) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (int at = body.indexOf('@'); at >= 0; at = body.indexOf('@', at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(body.charAt(at - 1))) {
                continue;
            }
            int end = at + 1;
            while (end < body.length() && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '-'
                    || body.charAt(end) == '\'' || body.charAt(end) == '.')) {
                end++;
            }
            if (end > at + 1) {
                prefixes.add(body.substring(at + 1, end));
            }
        }
        return prefixes;
    }

    public record Candidate(long personId, String displayName) {
    }

    /** The candidates actually mentioned: "@" + their full name, not followed by a letter or digit. */
    public static List<Candidate> mentioned(String body, List<Candidate> candidates) {
        List<Candidate> longestFirst = new ArrayList<>(candidates);
        longestFirst.sort((a, b) -> b.displayName().length() - a.displayName().length());
        List<Candidate> found = new ArrayList<>();
        String lower = body.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                continue;
            }
            for (Candidate candidate : longestFirst) {
                String name = candidate.displayName().toLowerCase(Locale.ROOT);
                int end = at + 1 + name.length();
                if (lower.startsWith(name, at + 1)
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                    if (!found.contains(candidate)) {
                        found.add(candidate);
                    }
                    break;
                }
            }
        }
        return found;
    }
}
