package org.allteach.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Free topic tags people type ("No-Shows", " REaL data "): lower case, single spaces, no duplicates, a few at most. */
public final class TagList {

    private static final int MAX_TAGS = 5;
    private static final int MAX_TAG_LENGTH = 30;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} &+-]*");

    private TagList() {
    }

    /** The normalised tags, or an empty list with a message on {@code field} when one of them is not a tag. */
    public static List<String> valid(InvalidInput.Collector errors, String field, List<String> tags) {
        Set<String> valid = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String normalised = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (normalised.isEmpty()) {
                continue;
            }
            if (normalised.length() > MAX_TAG_LENGTH || !TAG.matcher(normalised).matches()) {
                errors.add(field, "“%s” is not a tag: use up to %d letters, digits, spaces or hyphens."
                        .formatted(tag.strip(), MAX_TAG_LENGTH));
                return List.of();
            }
            valid.add(normalised);
        }
        if (valid.size() > MAX_TAGS) {
            errors.add(field, "Use at most %d tags.".formatted(MAX_TAGS));
        }
        return List.copyOf(valid);
    }
}
