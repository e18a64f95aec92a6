package org.allteach.discussion;

import java.util.List;

/** One reaction on a post: how many, who (for the hover text), and whether the reader gave it. */
public record ReactionSummary(Reaction reaction, int count, List<String> who, boolean mine) {
}
