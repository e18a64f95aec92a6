package org.allteach.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;

@Route("")
@PageTitle("Home · AllTeach")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main {

    HomeView(Accounts accounts, List<HomeSection> sections) {
        addClassNames("page", "home");
        String firstName = accounts.myProfile().displayName().split("\\s+")[0];
        add(new H1("Welcome, " + firstName));
        List<HomeSection> ordered = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
        boolean any = false;
        for (HomeSection section : ordered) {
            var component = section.create();
            component.ifPresent(this::add);
            any |= component.isPresent();
        }
        if (!any) {
            add(new Paragraph("You are not part of a collaborative yet. When an organiser adds you to a team, "
                    + "your team and its space appear here."));
        }
    }
}
