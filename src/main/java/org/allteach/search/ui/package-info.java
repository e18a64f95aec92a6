/**
 * The search page, the index page for organisers, and {@link org.allteach.search.ui.SimilarItems}, which features put
 * on their pages ("more like this"), hence the named interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.allteach.search.ui;
