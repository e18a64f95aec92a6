/**
 * How a collaborative's teams are engaging, for its organisers and coaches: the dashboard
 * ({@link org.allteach.engagement.Engagement}) gathers per-team aggregates that each feature counts in its own GROUP BY
 * query (posts, session attendance, measure reporting, PDSA cycles, coaching calls, CE claims), flags the teams that
 * need attention and exports it all as CSV. It owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engagement dashboard")
package org.allteach.engagement;
