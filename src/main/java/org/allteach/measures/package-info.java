/**
 * Team measures: a collaborative's measure definitions and REaL strata ({@link org.allteach.measures.Measures},
 * {@link org.allteach.measures.Strata}), the organisers' settings for reading them
 * ({@link org.allteach.measures.MeasureSettingsService}), each team's monthly values with their validation
 * ({@link org.allteach.measures.MeasureData}), and the pure analysis behind the charts
 * ({@code measures.analysis}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Team measures")
package org.allteach.measures;
