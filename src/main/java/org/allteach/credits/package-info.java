/**
 * Continuing-education credit: CE activities linked to calendar events, series or library recordings
 * ({@link org.allteach.credits.CreditActivities}), attendance that opens a claim window (from the calendar's
 * {@code SessionAttended}), evaluations, claims checked by {@link org.allteach.credits.ClaimRules}, certificates with
 * public verification codes and transcripts ({@link org.allteach.credits.CreditClaims}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Continuing-education credit")
package org.allteach.credits;
