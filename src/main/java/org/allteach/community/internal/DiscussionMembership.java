package org.allteach.community.internal;

import java.util.List;

import org.allteach.community.Community;
import org.allteach.discussion.CommunityMembers;
import org.allteach.discussion.Mentionable;
import org.springframework.stereotype.Component;

/** Tells discussion who may read and write in the community's space, and whom a post there may mention. */
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

    @Override
    public List<Mentionable> named(String prefix, int limit) {
        return community.membersNamed(prefix, limit).stream()
                .map(member -> new Mentionable(member.personId(), member.displayName(), member.detail())).toList();
    }
}
