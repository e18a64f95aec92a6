/**
 * The application shell: main layout and navigation, the home page (composed of {@link org.allteach.ui.HomeSection}s
 * that features contribute), error pages and the error handler. Depends on no feature but identity.
 */
package org.allteach.ui;
