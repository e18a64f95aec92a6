/**
 * The community of practice: one space across all cohorts for the alumni of every closed collaborative and the current
 * members who opt in. {@link org.allteach.community.Community} decides who belongs (discussion asks it for the
 * community's space, messaging for conversations in it), keeps each member's directory entry (expertise tags and "ask
 * me about") and searches the directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community of practice")
package org.allteach.community;
