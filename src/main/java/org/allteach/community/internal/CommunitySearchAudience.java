package org.allteach.community.internal;

import java.util.Collection;
import java.util.List;

import org.allteach.community.Community;
import org.allteach.search.SearchAudiences;
import org.allteach.search.SearchDocument;
import org.springframework.stereotype.Component;

/** The community's members find what is shared with the community: its library and its threads. */
@Component
class CommunitySearchAudience implements SearchAudiences {

    private final Community community;

    CommunitySearchAudience(Community community) {
        this.community = community;
    }

    @Override
    public Collection<String> ofSignedInPerson() {
        return community.amMember() ? List.of(SearchDocument.COMMUNITY) : List.of();
    }
}
