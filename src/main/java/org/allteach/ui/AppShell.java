package org.allteach.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Styles are plain CSS served from {@code frontend/} at run time, so Vaadin never has to rebuild
 * its frontend bundle (see docs/decisions/0002-static-browser-assets.md). Server push (WebSocket, falling back to
 * long polling) lets pages show others' changes as they happen (see shared.ui.LiveUpdates).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "AllTeach: the portal of your quality-improvement collaborative")
@PWA(name = "AllTeach", shortName = "AllTeach", offline = false)
public class AppShell implements AppShellConfigurator {
}
