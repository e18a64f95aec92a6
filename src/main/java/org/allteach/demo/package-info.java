/**
 * Demo data for the development profile: a collaborative modelled on the 3-EM Diabetes Care Collaborative,
 * created through the features' own services so it obeys the same rules as real data.
 */
package org.allteach.demo;
