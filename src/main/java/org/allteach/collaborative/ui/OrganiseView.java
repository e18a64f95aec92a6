package org.allteach.collaborative.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.Accounts;
import org.allteach.identity.Roles;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.Dates;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/** The organiser's start page: the collaboratives they run, and a new one. */
@Route("organise")
@PageTitle("Organise · AllTeach")
@Menu(order = 20, title = "Organise", icon = "vaadin:cogs")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
class OrganiseView extends Main {

    private final Collaboratives collaboratives;
    private final Locale locale;
    private final Div list = new Div();
    final Button newCollaborative = new Button("New collaborative", VaadinIcon.PLUS.create());

    OrganiseView(Collaboratives collaboratives, CollaborativeAccess access, Accounts accounts) {
        this.collaboratives = collaboratives;
        this.locale = accounts.myProfile().locale();
        addClassName("page");
        newCollaborative.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCollaborative.setVisible(access.mayCreateCollaboratives());
        newCollaborative.addClickListener(click -> openCreateDialog());
        list.addClassName("card-grid");
        add(new PageHeader("Organise", newCollaborative), new Paragraph("The collaboratives you run: their phases, teams, members and invitations."), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<CollaborativeSummary> mine = collaboratives.organisedByMe();
        for (CollaborativeSummary collaborative : mine) {
            RouterLink card = new RouterLink(CollaborativeAdminView.class,
                    new RouteParameters("collaborativeId", String.valueOf(collaborative.id())));
            card.addClassNames("card", "team-card");
            Div heading = new Div(new H2(collaborative.name()), CollaborativeBadges.of(collaborative.status()));
            heading.addClassName("toolbar");
            Paragraph details = new Paragraph(collaborative.focusArea() + " \u00b7 "
                    + Dates.range(collaborative.startDate(), collaborative.endDate(), locale));
            details.addClassName("muted");
            card.add(heading, details);
            list.add(card);
        }
        if (mine.isEmpty()) {
            list.add(new Paragraph("You do not organise a collaborative yet."));
        }
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New collaborative");
        dialog.setWidth("44rem");
        CollaborativeForm form = new CollaborativeForm();
        Button create = new Button("Create collaborative", click -> {
            form.clearErrors();
            if (!form.datesReadable(locale)) {
                return;
            }
            try {
                CollaborativeSummary created = collaboratives.create(form.details());
                dialog.close();
                FieldErrors.Notifications.success(created.name() + " created. Add its teams and invite its members.");
                getUI().ifPresent(ui -> ui.navigate(CollaborativeAdminView.class,
                        new RouteParameters("collaborativeId", String.valueOf(created.id()))));
            } catch (InvalidInput invalid) {
                form.showErrors(invalid);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, create);
        dialog.open();
    }
}
