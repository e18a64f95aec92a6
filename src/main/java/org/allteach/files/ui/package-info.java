/**
 * The upload field that features put in their forms (discussion posts now, library resources later), hence the named
 * interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.allteach.files.ui;
