package org.allteach.measures;

import java.util.List;

/**
 * A stratification dimension of a collaborative with its categories in order.
 *
 * @param referenceCategoryId the group gaps are measured against, or null if none is chosen
 */
public record Dimension(long id, String name, Long referenceCategoryId, List<Category> categories) {

    /** A category of a dimension. */
    public record Category(long id, String label) {
    }
}
