package org.allteach.collaborative.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Element;
import org.allteach.collaborative.InvitationRow;
import org.allteach.collaborative.Invitations;
import org.allteach.collaborative.MemberRow;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.OrganisationView;
import org.allteach.collaborative.PhaseKind;
import org.allteach.collaborative.PhaseView;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamCard;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.identity.IdentityProperties;
import org.allteach.identity.PersonProfile;
import org.allteach.identity.Roles;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.ArchiveNotice;
import org.allteach.shared.ui.DateField;
import org.allteach.shared.ui.Dates;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/** Running one collaborative: details and phases, organisations and teams, members and their roles, invitations. */
@Route("organise/:collaborativeId")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
class CollaborativeAdminView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Collaboratives collaboratives;
    private final Teams teams;
    private final Memberships memberships;
    private final Invitations invitations;
    private final CollaborativeAccess access;
    private final IdentityProperties identityProperties;
    private final Locale locale;
    private final ZoneId zone;

    private final PageHeader header = new PageHeader("");
    private final Span status = new Span();
    private long collaborativeId;
    private String title = "Organise · AllTeach";

    final CollaborativeForm form = new CollaborativeForm();
    final Grid<PhaseView> phaseGrid = new Grid<>();
    final Grid<OrganisationView> organisationGrid = new Grid<>();
    final Grid<TeamCard> teamGrid = new Grid<>();
    final MultiSelectComboBox<OrganisationView> teamOrganisations = new MultiSelectComboBox<>();
    final Grid<MemberRow> memberGrid = new Grid<>();
    final TextField memberFilter = new TextField();
    final Grid<InvitationRow> invitationGrid = new Grid<>();
    final Button invite = new Button("Invite member", VaadinIcon.ENVELOPE_O.create());
    final Button close = new Button("Close collaborative", VaadinIcon.ARCHIVE.create());
    private final ArchiveNotice archived = new ArchiveNotice("This page");
    /** What changes the collaborative: hidden once it is closed, since its services refuse every change then. */
    final List<Component> editing = new java.util.ArrayList<>();
    private Grid.Column<PhaseView> phaseRemoval;
    private boolean closed;
    private CollaborativeStatus currentStatus;

    CollaborativeAdminView(Collaboratives collaboratives, Teams teams, Memberships memberships,
                           Invitations invitations, CollaborativeAccess access, Accounts accounts,
                           IdentityProperties identityProperties) {
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.memberships = memberships;
        this.invitations = invitations;
        this.access = access;
        this.identityProperties = identityProperties;
        PersonProfile viewer = accounts.myProfile();
        this.locale = viewer.locale();
        this.zone = viewer.timeZone();
        addClassName("page");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> openInviteDialog());
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> confirmClose(() -> collaboratives.close(collaborativeId)));
        header.add(close, invite);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Details and phases", detailsTab());
        tabs.add("Teams", teamsTab());
        tabs.add("Members", membersTab());
        tabs.add("Invitations", invitationsTab());
        add(header, status, archived, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        collaborativeId = event.getRouteParameters().getLong("collaborativeId").orElseThrow(NotFoundException::new);
        CollaborativeSummary collaborative;
        try {
            access.requireOrganiser(collaborativeId);
            collaborative = collaboratives.summary(collaborativeId);
        } catch (NoSuchElementException unknown) {
            throw new NotFoundException();
        }
        title = collaborative.name() + " · Organise · AllTeach";
        header.setTitle(collaborative.name());
        showHeading(collaborative);
        form.clearErrors();
        form.show(collaborative);
        refreshPhases();
        refreshTeams();
        memberFilter.clear();
        memberGrid.getDataProvider().refreshAll();
        invitationGrid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void showHeading(CollaborativeSummary collaborative) {
        status.removeAll();
        Span dates = new Span(collaborative.focusArea() + " \u00b7 "
                + Dates.range(collaborative.startDate(), collaborative.endDate(), locale));
        dates.addClassName("muted");
        status.add(CollaborativeBadges.of(collaborative.status()), new Span(" "), dates);
        currentStatus = collaborative.status();
        closed = currentStatus == CollaborativeStatus.ALUMNI;
        archived.setVisible(closed);
        archived.setClosedOn(collaborative.closedAt() == null ? null
                : Dates.format(collaborative.closedAt().atZone(zone).toLocalDate(), locale));
        close.setVisible(!closed);
        invite.setVisible(!closed);
        editing.forEach(component -> component.setVisible(!closed));
        phaseRemoval.setVisible(!closed);
        form.setArchived(closed);
        memberGrid.getDataProvider().refreshAll();
    }

    /**
     * Says everything closing does before it happens: it cannot be undone, though nothing is deleted. Then closes
     * (through the page action or a details form that chose the alumni status) and shows the archive.
     */
    private void confirmClose(Runnable closing) {
        CollaborativeSummary collaborative = collaboratives.summary(collaborativeId);
        int members = memberships.countMembers(collaborativeId, "");
        UnorderedList what = new UnorderedList(
                new ListItem("Its " + (members == 1 ? "member becomes" : members + " members become") + " alumni: "
                        + "their roles stay as history (who led which team, who coached which teams), and they join "
                        + "the community of practice."),
                new ListItem("Team spaces and the collaborative's space become read-only archives that members can "
                        + "still read. No new threads, replies or reactions."),
                new ListItem("Measures and charts stay viewable; no new data can be entered. PDSA cycles stay "
                        + "readable and can no longer be changed."),
                new ListItem("Certificates and transcripts stay available, and credit can still be claimed; CE "
                        + "activities can no longer be changed."),
                new ListItem("Sessions and coaching calls already scheduled stay on the calendar (either side can "
                        + "still cancel a call), but no reminders are sent for them. No new events or bookings, and "
                        + "calls can no longer be moved."),
                new ListItem("Invitations not yet accepted can no longer be accepted."),
                new ListItem("Its name, focus and dates stay as they are now. Conversations between members go on; "
                        + "new ones start in the community of practice."),
                new ListItem("Nothing is deleted. A closed collaborative is not reopened."));
        Paragraph lead = new Paragraph("Close " + collaborative.name() + " now that it has ended?");
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Close the collaborative?");
        confirm.setText(new Div(lead, what));
        confirm.setCancelable(true);
        confirm.setConfirmText("Close collaborative");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setWidth("36rem");
        confirm.addConfirmListener(confirmed -> {
            closing.run();
            CollaborativeSummary closed = collaboratives.summary(collaborativeId);
            form.show(closed);
            showHeading(closed);
            FieldErrors.Notifications.success(closed.name() + " is closed. Its members are alumni now.");
        });
        confirm.open();
    }

    // Details and phases

    private Component detailsTab() {
        Button save = new Button("Save details", click -> {
            form.clearErrors();
            if (!form.datesReadable(locale)) {
                return;
            }
            if (form.details().status() == CollaborativeStatus.ALUMNI && currentStatus != CollaborativeStatus.ALUMNI) {
                confirmClose(() -> collaboratives.update(collaborativeId, form.details()));
                return;
            }
            try {
                CollaborativeSummary saved = collaboratives.update(collaborativeId, form.details());
                header.setTitle(saved.name());
                showHeading(saved);
                FieldErrors.Notifications.success("Details saved.");
            } catch (InvalidInput invalid) {
                form.showErrors(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section details = card("Details", form, save);

        phaseGrid.addColumn(PhaseView::name).setHeader("Phase").setAutoWidth(true);
        phaseGrid.addColumn(phase -> Dates.format(phase.startDate(), locale)).setHeader("Starts");
        phaseGrid.addColumn(phase -> Dates.format(phase.endDate(), locale)).setHeader("Ends");
        phaseRemoval = phaseGrid.addComponentColumn(phase -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                collaboratives.removePhase(phase.id());
                refreshPhases();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + phase.name());
            return remove;
        }).setFlexGrow(0).setWidth("5rem");
        phaseGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phaseGrid.setAllRowsVisible(true);

        Select<PhaseKind> kind = new Select<>();
        kind.setLabel("Phase");
        kind.setItems(PhaseKind.values());
        kind.setItemLabelGenerator(PhaseKind::label);
        kind.setValue(PhaseKind.LEARNING_SESSION);
        DateField start = new DateField("Starts");
        DateField end = new DateField("Ends");
        Button add = new Button("Add phase", click -> {
            Map<String, HasValidation> fields = Map.of("kind", kind, "startDate", start, "endDate", end);
            FieldErrors.clear(fields);
            if (start.markUnreadableInput(locale) | end.markUnreadableInput(locale)) {
                return;
            }
            FieldErrors.submit(fields, () -> {
                collaboratives.addPhase(collaborativeId, kind.getValue(), start.getValue(), end.getValue());
                start.clear();
                end.clear();
                refreshPhases();
            });
        });
        HorizontalLayout addRow = new HorizontalLayout(kind, start, end, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);

        IntegerField sessions = new IntegerField("Learning sessions");
        sessions.setValue(3);
        sessions.setMin(1);
        sessions.setMax(12);
        sessions.setStepButtonsVisible(true);
        Button plan = new Button("Plan a Breakthrough Series", click -> confirmPlan(sessions));
        HorizontalLayout planRow = new HorizontalLayout(sessions, plan);
        planRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph planHint = new Paragraph("Replaces the phases with pre-work, then learning sessions each followed "
                + "by an action period, spread over the collaborative's dates. Adjust them afterwards.");
        planHint.addClassName("muted");
        Section phases = card("Phases", phaseGrid, addRow, planRow, planHint);
        editing.addAll(List.of(save, addRow, planRow, planHint));
        return new Div(details, phases);
    }

    private void confirmPlan(IntegerField sessions) {
        ConfirmDialog confirm = new ConfirmDialog("Replace the phases?",
                "The current phases are replaced by a plan with " + sessions.getValue() + " learning sessions.",
                "Replace", click -> {
                    try {
                        collaboratives.planBreakthroughSeries(collaborativeId,
                                sessions.getValue() == null ? 0 : sessions.getValue());
                        refreshPhases();
                    } catch (InvalidInput invalid) {
                        FieldErrors.show(invalid, Map.of("learningSessions", sessions));
                    }
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void refreshPhases() {
        phaseGrid.setItems(collaboratives.phases(collaborativeId));
    }

    // Teams and organisations

    private Component teamsTab() {
        organisationGrid.addColumn(OrganisationView::name).setHeader("Organisation").setAutoWidth(true).setFlexGrow(1);
        organisationGrid.addComponentColumn(org -> CollaborativeBadges.of(org.element())).setHeader("Element")
                .setAutoWidth(true);
        organisationGrid.addColumn(org -> org.location() == null ? "" : org.location()).setHeader("Location")
                .setAutoWidth(true);
        organisationGrid.setAllRowsVisible(true);

        TextField orgName = new TextField("Organisation");
        orgName.setMaxLength(160);
        orgName.setWidth("18rem");
        Select<Element> element = new Select<>();
        element.setLabel("Element");
        element.setItems(Element.values());
        element.setItemLabelGenerator(Element::label);
        TextField location = new TextField("Location");
        location.setPlaceholder("City, state");
        location.setMaxLength(120);

        teamGrid.addColumn(TeamCard::name).setHeader("Team").setAutoWidth(true);
        teamGrid.addColumn(team -> String.join(", ", team.organisations().stream().map(OrganisationView::name).toList()))
                .setHeader("Organisations").setFlexGrow(1);
        teamGrid.addColumn(TeamCard::memberCount).setHeader("Members").setAutoWidth(true);
        teamGrid.addColumn(team -> String.join(", ", team.coachNames())).setHeader("Coach").setAutoWidth(true);
        teamGrid.setAllRowsVisible(true);

        TextField teamName = new TextField("Team name");
        teamName.setMaxLength(120);
        teamName.setWidth("18rem");
        teamOrganisations.setLabel("Organisations");
        teamOrganisations.setItemLabelGenerator(OrganisationView::name);
        teamOrganisations.setWidth("28rem");


        Button addOrganisation = new Button("Add organisation", click -> {
            Map<String, HasValidation> fields = Map.of("name", orgName, "element", element, "location", location);
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                teams.addOrganisation(collaborativeId, orgName.getValue(), element.getValue(), location.getValue());
                orgName.clear();
                location.clear();
                refreshTeams();
            });
        });
        Button addTeam = new Button("Add team", click -> {
            Map<String, HasValidation> fields = Map.of("name", teamName, "organisations", teamOrganisations);
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                teams.addTeam(collaborativeId, teamName.getValue(),
                        teamOrganisations.getValue().stream().map(OrganisationView::id).toList());
                teamName.clear();
                teamOrganisations.clear();
                refreshTeams();
            });
        });
        HorizontalLayout orgRow = new HorizontalLayout(orgName, element, location, addOrganisation);
        orgRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        orgRow.setWrap(true);
        HorizontalLayout teamRow = new HorizontalLayout(teamName, teamOrganisations, addTeam);
        teamRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        teamRow.setWrap(true);
        editing.addAll(List.of(teamRow, orgRow));
        return new Div(card("Teams", teamGrid, teamRow),
                card("Organisations", organisationGrid, orgRow));
    }

    private void refreshTeams() {
        List<OrganisationView> organisations = teams.organisations(collaborativeId);
        organisationGrid.setItems(organisations);
        teamOrganisations.setItems(organisations);
        teamGrid.setItems(teams.teamCards(collaborativeId));
    }

    // Members

    private Component membersTab() {
        memberFilter.setPlaceholder("Filter by name, email or team");
        memberFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        memberFilter.setClearButtonVisible(true);
        memberFilter.setValueChangeMode(ValueChangeMode.LAZY);
        memberFilter.setWidth("24rem");
        memberFilter.addValueChangeListener(change -> memberGrid.getDataProvider().refreshAll());

        memberGrid.addColumn(MemberRow::displayName).setHeader("Name").setFlexGrow(2);
        memberGrid.addColumn(MemberRow::email).setHeader("Email").setFlexGrow(3);
        memberGrid.addColumn(row -> row.teamName() == null ? "Whole collaborative" : row.teamName())
                .setHeader("Team").setFlexGrow(2);
        memberGrid.addComponentColumn(this::roleEditor).setHeader("Role").setWidth("12rem").setFlexGrow(0);
        memberGrid.setItems(
                query -> memberships.members(collaborativeId, memberFilter.getValue(), toSpringPageRequest(query))
                        .stream(),
                query -> memberships.countMembers(collaborativeId, memberFilter.getValue()));
        memberGrid.setHeight("32rem");
        return card("Members", memberFilter, memberGrid);
    }

    private Component roleEditor(MemberRow row) {
        if (row.role() == Role.ORGANISER || closed) {
            return CollaborativeBadges.of(row.role());
        }
        Select<Role> role = new Select<>();
        role.setItems(Role.PARTICIPANT, Role.TEAM_LEAD, Role.COACH);
        role.setItemLabelGenerator(Role::label);
        role.setValue(row.role());
        role.setAriaLabel("Role of " + row.displayName());
        role.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                memberships.changeRole(row.membershipId(), change.getValue());
                FieldErrors.Notifications.success(row.displayName() + " is now " + change.getValue().label().toLowerCase(Locale.ROOT)
                        + (row.teamName() == null ? "." : " in " + row.teamName() + "."));
            } catch (InvalidInput invalid) {
                role.setValue(change.getOldValue());
                FieldErrors.Notifications.error(String.join(" ", invalid.fieldErrors().values()));
            } catch (RuntimeException refused) {
                role.setValue(change.getOldValue());
                throw refused;
            }
        });
        return role;
    }

    private void openInviteDialog() {
        new InviteDialog(collaborativeId, teams.teamRefs(collaborativeId), invitations,
                identityProperties.invitationValidity().toDays(), () -> {
                    invitationGrid.getDataProvider().refreshAll();
                    memberGrid.getDataProvider().refreshAll();
                }).open();
    }

    // Invitations

    private Component invitationsTab() {
        invitationGrid.addColumn(InvitationRow::email).setHeader("Email").setFlexGrow(3);
        invitationGrid.addComponentColumn(row -> {
            Span team = new Span(row.teamName() == null ? "Whole collaborative" : row.teamName());
            Div joins = new Div(CollaborativeBadges.of(row.role()), team);
            joins.addClassName("toolbar");
            return joins;
        }).setHeader("Joins as").setFlexGrow(3);
        invitationGrid.addColumn(InvitationRow::invitedBy).setHeader("Invited by").setFlexGrow(2);
        invitationGrid.addColumn(row -> Dates.format(row.sentAt().atZone(zone).toLocalDate(), locale))
                .setHeader("Sent").setFlexGrow(1);
        invitationGrid.addComponentColumn(row -> CollaborativeBadges.of(row.status())).setHeader("Status")
                .setFlexGrow(1);
        invitationGrid.setItems(
                query -> invitations.invitations(collaborativeId, toSpringPageRequest(query)).stream(),
                query -> invitations.countInvitations(collaborativeId));
        invitationGrid.setHeight("28rem");
        return card("Invitations", invitationGrid);
    }

    private static Section card(String title, Component... content) {
        Section section = new Section(new H2(title));
        section.addClassName("card");
        section.add(content);
        return section;
    }
}
