package org.allteach.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.AccountMenuLink;
import org.allteach.shared.ui.ShellItem;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every signed-in page. The side navigation lists the {@code @Menu} routes this person may open
 * (Vaadin filters them by the routes' access annotations), so features add pages without touching this class.
 * Features put live counts on their entries with {@link NavigationBadge} beans, and items into the header (the
 * notification bell) and account menu with {@link ShellItem} and {@link AccountMenuLink} beans.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H2 pageTitle = new H2();
    private final Map<NavigationBadge, Span> badges;
    private final List<Registration> badgeSubscriptions = new ArrayList<>();

    MainLayout(Accounts accounts, AuthenticationContext authenticationContext,
               ObjectProvider<NavigationBadge> navigationBadges, ObjectProvider<ShellItem> shellItems,
               ObjectProvider<AccountMenuLink> accountMenuLinks) {
        setPrimarySection(Section.DRAWER);
        SideNav navigation = navigation();
        badges = navigationBadges.orderedStream().collect(Collectors.toMap(badge -> badge, badge -> new Span()));
        badges.forEach((badge, count) -> attachBadge(navigation, badge, count));
        addToDrawer(brand(), navigation, new Footer());
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        pageTitle.addClassName("shell-title");
        Header header = new Header(toggle, pageTitle, searchBox());
        shellItems.orderedStream().forEach(item -> header.add(item.create()));
        header.add(userMenu(accounts.myProfile(), authenticationContext, accountMenuLinks.orderedStream().toList()));
        header.addClassName("shell-header");
        addToNavbar(true, header);
    }

    /** One search box on every page; the search page itself lives in the search feature. */
    private static TextField searchBox() {
        TextField box = new TextField();
        box.setPlaceholder("Search");
        box.setAriaLabel("Search the library and discussions");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.addClassName("shell-search");
        box.addKeyPressListener(Key.ENTER, enter -> {
            String words = box.getValue().strip();
            if (!words.isEmpty()) {
                box.getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.of("q", words)));
                box.clear();
            }
        });
        return box;
    }

    private static Div brand() {
        Span name = new Span("AllTeach");
        name.addClassName("brand-name");
        Span motto = new Span("All teach, all learn");
        motto.addClassName("brand-motto");
        Div brand = new Div(name, motto);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private static void attachBadge(SideNav navigation, NavigationBadge badge, Span count) {
        String path = withoutSlashes(badge.path());
        navigation.getItems().stream().filter(item -> withoutSlashes(item.getPath()).equals(path)).findFirst()
                .ifPresent(item -> {
                    count.addClassName("nav-badge");
                    count.setVisible(false);
                    item.setSuffixComponent(count);
                });
    }

    private static void showCount(NavigationBadge badge, Span count) {
        int value = badge.count();
        count.setText(value > 99 ? "99+" : String.valueOf(value));
        count.getElement().setAttribute("aria-label", badge.describe(value));
        count.setVisible(value > 0);
    }

    private static String withoutSlashes(String path) {
        return path == null ? "" : path.replaceAll("^/+|/+$", "");
    }

    /** Counted here rather than when built: the page being opened may change the count first (reading a message). */
    @Override
    protected void onAttach(AttachEvent attach) {
        badges.forEach((badge, count) -> {
            if (count.getParent().isPresent()) {
                badgeSubscriptions.add(badge.subscribe(attach.getUI(), () -> showCount(badge, count)));
                showCount(badge, count);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        badgeSubscriptions.forEach(Registration::remove);
        badgeSubscriptions.clear();
    }

    private static MenuBar userMenu(PersonProfile me, AuthenticationContext authenticationContext,
                                    List<AccountMenuLink> links) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        Avatar avatar = new Avatar(me.displayName());
        avatar.setColorIndex((int) (me.id() % 7));
        Span name = new Span(me.displayName());
        name.addClassName("user-name");
        Div label = new Div(avatar, name);
        label.addClassName("user-menu-label");
        MenuItem item = menu.addItem(label);
        item.setAriaLabel("Account menu");
        SubMenu sub = item.getSubMenu();
        sub.addItem("Your profile", click -> menu.getUI().ifPresent(ui -> ui.navigate("profile")));
        links.forEach(link -> sub.addItem(link.label(), click -> menu.getUI().ifPresent(ui -> ui.navigate(link.path()))));
        sub.addItem("Sign out", click -> authenticationContext.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).map(MainLayout::withoutSuffix).orElse(""));
    }

    private static String withoutSuffix(String title) {
        int suffix = title.lastIndexOf(" · AllTeach");
        return suffix < 0 ? title : title.substring(0, suffix);
    }
}
