package org.allteach.discussion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the discussion feature ({@code allteach.discussion.*}).
 *
 * @param maxPostLength        characters of Markdown in one post
 * @param newAccountPeriod     how long an account counts as new for the posting rate limit
 * @param newAccountPostsPerHour posts (threads included) a new account may write in any hour
 * @param flagsToHide          open flags from different members that hide a post pending review
 * @param maxAttachmentSize    bytes of one image or file attached to a post
 * @param maxAttachments       files attached to one post
 */
@ConfigurationProperties("allteach.discussion")
public record DiscussionProperties(@DefaultValue("50000") int maxPostLength,
                                   @DefaultValue("P3D") Duration newAccountPeriod,
                                   @DefaultValue("10") int newAccountPostsPerHour,
                                   @DefaultValue("3") int flagsToHide,
                                   @DefaultValue("10MB") DataSize maxAttachmentSize,
                                   @DefaultValue("10") int maxAttachments) {
}
