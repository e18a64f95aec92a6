package org.allteach.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Styles are plain CSS served from {@code frontend/} at run time, so Vaadin never has to rebuild
 * its frontend bundle (see docs/decisions/0002-static-browser-assets.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "AllTeach: the portal of your quality-improvement collaborative")
@PWA(name = "AllTeach", shortName = "AllTeach", offline = false)
public class AppShell implements AppShellConfigurator {
}
