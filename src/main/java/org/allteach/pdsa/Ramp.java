package org.allteach.pdsa;

import java.util.List;

/**
 * A chain of cycles, each building on the one before, in order; {@code changeIdeaId} is its first cycle's change
 * idea (null for cycles testing no named idea).
 */
public record Ramp(Long changeIdeaId, List<CycleRef> cycles) {
}
