/**
 * The analysis behind a team's measure charts: run-chart rules (IHI or Anhøj), Shewhart limits and signals (p, p′,
 * u, u′, c, XmR) with phases, the signals in words, and the disparity gap between a stratum and its reference group.
 * Pure values and functions, no Spring, no database, so the chart views, exports and reports all read a measure the
 * same way. A named interface, because the measures feature's services and views use it (see
 * docs/decisions/0026-measure-analysis.md).
 */
@org.springframework.modulith.NamedInterface("analysis")
package org.allteach.measures.analysis;
