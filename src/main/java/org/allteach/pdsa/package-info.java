/**
 * PDSA cycles: each team's change ideas ({@link org.allteach.pdsa.ChangeIdeas}) and the Plan-Do-Study-Act cycles that
 * test them ({@link org.allteach.pdsa.Pdsa}), chained into ramps, linked to the team's measures (their chart markers)
 * and to discussion threads, with comments from the team, its coach and the organisers
 * ({@link org.allteach.pdsa.PdsaComments}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "PDSA cycles")
package org.allteach.pdsa;
