/**
 * Cross-cutting pieces every feature may use: the clock and the embedded database. Keep it small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.allteach.shared;
