/**
 * Sign-in, password and profile pages. {@link org.allteach.identity.ui.AuthPage} and
 * {@link org.allteach.identity.ui.PasswordFields} are shared with other features' public pages (accepting an
 * invitation), hence the named interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.allteach.identity.ui;
