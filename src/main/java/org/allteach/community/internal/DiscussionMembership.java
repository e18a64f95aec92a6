package org.allteach.community.internal;

import org.allteach.community.Community;
import org.allteach.discussion.CommunityMembers;
import org.springframework.stereotype.Component;

/** Tells discussion who may read and write in the community's space. */
@Component
class DiscussionMembership implements CommunityMembers {

    private final Community community;

    DiscussionMembership(Community community) {
        this.community = community;
    }

    @Override
    public boolean isMember(long personId) {
        return community.isMember(personId);
    }
}
