/**
 * The resource library: toolkits, change packages, storyboards, papers, tools and recordings that collaboratives
 * produce, with every uploaded file version kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Library")
package org.allteach.library;
