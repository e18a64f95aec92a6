package org.allteach.search;

import java.util.Collection;

/**
 * Audiences beyond collaboratives and teams that a feature decides (the community of practice decides who is in
 * {@link SearchDocument#COMMUNITY}). Search asks every such bean which of its audiences the signed-in person belongs to,
 * so the search module needs to know nothing about the feature.
 */
public interface SearchAudiences {

    /** The audiences of this feature that the signed-in person reads; empty when none. */
    Collection<String> ofSignedInPerson();
}
