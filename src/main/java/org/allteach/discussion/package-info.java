/**
 * All teach, all learn: discussion spaces, categories, threads and posts, reactions, mentions, read state,
 * subscriptions and moderation. Other features listen to its events ({@link org.allteach.discussion.PostCreated},
 * {@link org.allteach.discussion.MentionMade}, …) rather than reading its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion")
package org.allteach.discussion;
