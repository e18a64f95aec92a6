package org.allteach.discussion;

import java.util.List;

/** A space the person may read, with its categories and what is new in each. */
public record SpaceOverview(long id, SpaceKind kind, String name, boolean readOnly, List<CategorySummary> categories) {
}
