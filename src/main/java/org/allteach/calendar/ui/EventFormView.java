package org.allteach.calendar.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventDraft;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.EventScope;
import org.allteach.calendar.Events;
import org.allteach.calendar.Frequency;
import org.allteach.calendar.MaterialLink;
import org.allteach.calendar.PlanningScope;
import org.allteach.calendar.Recurrence;
import org.allteach.collaborative.TeamRef;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.library.Library;
import org.allteach.shared.ui.DateField;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.allteach.shared.ui.TimeZoneSelect;

/**
 * Planning an event or a series, or changing one ({@code calendar/event/12/edit?scope=following}). Offers only the
 * audiences, kinds and teams the person may plan ("The community of practice" to its members, from any collaborative
 * they are or were in; {@code calendar/new?audience=community} starts there); the service checks again and its
 * messages appear next to the fields, with everything typed kept.
 */
@Route("calendar/new")
@RouteAlias("calendar/event/:eventId/edit")
@PermitAll
@StyleSheet("context://styles/calendar.css")
class EventFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter: which occurrences of a series to change (one, following, all). */
    static final String SCOPE = "scope";
    /** Query parameter and its value: plan for the community of practice (its office hours). */
    static final String AUDIENCE = "audience";
    static final String FOR_COMMUNITY = "community";

    private static final String ENDS_ON_DATE = "On a date";
    private static final String ENDS_AFTER = "After a number of times";

    private final Events events;
    private final Library library;
    private final Clock clock;
    private final PersonProfile me;
    private final List<PlanningScope> scopes;
    private final PageHeader header = new PageHeader("New event");
    private final Paragraph scopeNote = new Paragraph();
    private final Paragraph communityNote = new Paragraph("Everyone in the community of practice: the alumni of "
            + "every cohort and the current members who joined. They see it on the community page and in their "
            + "calendars.");
    final Select<PlanningScope> collaborative = new Select<>();
    final Select<EventKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("Description");
    private final DateTimePicker start = new DateTimePicker("Starts");
    private final DateTimePicker end = new DateTimePicker("Ends");
    private final TimeZoneSelect zone = new TimeZoneSelect("Time zone");
    private final Select<Frequency> repeat = new Select<>();
    private final RadioButtonGroup<String> ends = new RadioButtonGroup<>("The series ends");
    private final DateField until = new DateField("Last date");
    private final IntegerField count = new IntegerField("Occurrences");
    private final Div recurrence = new Div();
    final TextField meetingLink = new TextField("Meeting link");
    private final TextField place = new TextField("Place");
    final RadioButtonGroup<Audience> audience = new RadioButtonGroup<>("Who is it for?");
    private final MultiSelectComboBox<TeamRef> teams = new MultiSelectComboBox<>("Teams");
    private final Select<TeamRef> team = new Select<>();
    final IntegerField seats = new IntegerField("Seats");
    private final MultiSelectComboBox<MaterialLink> materials = new MultiSelectComboBox<>("Materials");
    final Button save = new Button("Create event");

    private Long eventId;
    private EventScope scope = EventScope.ONE;
    private boolean seriesAllowed = true;
    /** When changing an event: whether it is the community's (its audience stays what it is); null for a new one. */
    private Boolean editingCommunity;
    private boolean hostingForCommunity;
    private boolean refreshing;
    private List<Audience> audienceItems = List.of();
    private List<EventKind> kindItems = List.of();

    EventFormView(Events events, Library library, Accounts accounts, Clock clock) {
        this.events = events;
        this.library = library;
        this.clock = clock;
        this.me = accounts.myProfile();
        this.scopes = events.planningScopes();
        addClassNames("page", "narrow-page", "event-form");

        collaborative.setLabel("Collaborative");
        collaborative.setItems(scopes);
        collaborative.setItemLabelGenerator(PlanningScope::collaborativeName);
        collaborative.setVisible(scopes.size() > 1);
        collaborative.setWidth("24rem");
        collaborative.addValueChangeListener(change -> refresh());
        kind.setLabel("Kind");
        kind.setItemLabelGenerator(EventKind::label);
        kind.setWidth("16rem");
        kind.addValueChangeListener(change -> refresh());
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        description.setWidthFull();
        description.setMinRows(4);
        description.setHelperText("Markdown: the agenda, what to prepare, who speaks.");

        start.setWidth("23rem");
        end.setWidth("23rem");
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        start.setRequiredIndicatorVisible(true);
        end.setRequiredIndicatorVisible(true);
        start.addValueChangeListener(change -> {
            keepLength(change.getOldValue(), change.getValue());
            showRepeatChoices();
        });
        zone.setWidth("32rem");
        zone.setHelperText("The times above are in this zone; a series keeps its clock time there when clocks change.");

        repeat.setLabel("Repeats");
        repeat.setItems(Frequency.values());
        repeat.setEmptySelectionAllowed(true);
        repeat.setEmptySelectionCaption("Does not repeat");
        repeat.setWidth("22rem");
        repeat.addValueChangeListener(change -> showRecurrence());
        ends.setItems(ENDS_ON_DATE, ENDS_AFTER);
        ends.setValue(ENDS_AFTER);
        ends.addValueChangeListener(change -> showRecurrence());
        count.setMin(1);
        count.setMax(Recurrence.MAX_OCCURRENCES);
        count.setStepButtonsVisible(true);
        count.setValue(6);
        count.setWidth("10rem");
        Div endRow = new Div(until, count);
        endRow.addClassName("form-row");
        recurrence.add(ends, endRow);
        recurrence.addClassName("form-section");

        meetingLink.setWidthFull();
        meetingLink.setPlaceholder("https://zoom.us/j/…");
        meetingLink.setHelperText("A full https:// address, or leave it empty and give a place.");
        place.setWidthFull();
        place.setPlaceholder("e.g. Southside FHC, 2nd floor conference room");

        audience.setItemLabelGenerator(Audience::label);
        audience.addValueChangeListener(change -> refresh());
        teams.setItemLabelGenerator(TeamRef::name);
        teams.setPlaceholder("Choose teams");
        teams.setWidth("24rem");
        team.setLabel("Team");
        team.setItemLabelGenerator(TeamRef::name);
        team.setWidth("24rem");
        seats.setMin(1);
        seats.setStepButtonsVisible(true);
        seats.setWidth("10rem");
        seats.setHelperText("When they are taken, people join a waitlist.");

        materials.setItemLabelGenerator(MaterialLink::title);
        materials.setPlaceholder("Search the library");
        materials.setHelperText("Resources to read or use, from the library");
        materials.setWidthFull();
        materials.setItems(query -> library.resources(List.of(), query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream().map(row -> new MaterialLink(row.id(), row.title())));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> submit());
        Button cancel = new Button("Cancel", click -> click.getSource().getUI().ifPresent(ui -> {
            if (eventId == null) {
                ui.navigate(CalendarView.class);
            } else {
                ui.navigate(EventView.class, new RouteParameters("eventId", String.valueOf(eventId)));
            }
        }));
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        scopeNote.addClassName("page-lead");
        communityNote.addClassName("muted");

        Div kindRow = new Div(kind, seats);
        kindRow.addClassName("form-row");
        Div when = new Div(start, end);
        when.addClassName("form-row");
        Div audienceRow = new Div(teams, team);
        audienceRow.addClassName("form-row");
        add(new Div(new RouterLink("Calendar", CalendarView.class)), header, scopeNote, collaborative, kindRow, title,
                description, new H2("When"), when, zone, repeat, recurrence, new H2("Where"), meetingLink, place,
                new H2("Who"), audience, communityNote, audienceRow, new H2("Materials"), materials, actions);

        zone.setValue(me.timeZone());
        if (!scopes.isEmpty()) {
            collaborative.setValue(scopes.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return (hostingForCommunity ? "Host office hours · Community"
                : (eventId == null ? "New event" : "Change event") + " · Calendar") + " · AllTeach";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("eventId").orElse(null);
        if (eventId == null) {
            if (scopes.isEmpty()) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "Only organisers, coaches and team leads plan events; members of the community of practice "
                                + "host its office hours.");
            }
            boolean forCommunity = event.getLocation().getQueryParameters().getSingleParameter(AUDIENCE)
                    .filter(FOR_COMMUNITY::equals).isPresent();
            Optional<PlanningScope> hostedFrom = scopes.stream().filter(PlanningScope::community).findFirst();
            if (forCommunity && hostedFrom.isPresent()) {
                hostingForCommunity = true;
                header.setTitle("Host office hours for the community");
                if (!collaborative.getValue().community()) {
                    collaborative.setValue(hostedFrom.get());
                }
                audience.setValue(Audience.COMMUNITY);
                kind.setValue(EventKind.OFFICE_HOURS);
            }
            LocalDate day = event.getLocation().getQueryParameters().getSingleParameter(CalendarView.DATE)
                    .flatMap(EventFormView::parseDate).filter(date -> !date.isBefore(today()))
                    .orElse(today().plusDays(1));
            start.setValue(day.atTime(10, 0));
            end.setValue(day.atTime(11, 0));
            showRecurrence();
            return;
        }
        scope = event.getLocation().getQueryParameters().getSingleParameter(SCOPE)
                .flatMap(value -> Arrays.stream(EventScope.values())
                        .filter(candidate -> candidate.name().equalsIgnoreCase(value)).findFirst())
                .orElse(EventScope.ONE);
        fill(events.draft(eventId, scope));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(me.timeZone()));
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private void fill(EventDraft draft) {
        EventDetails details = draft.details();
        header.setTitle("Change \u201c" + details.title() + "\u201d");
        save.setText("Save changes");
        seriesAllowed = !draft.partOfSeries() || scope != EventScope.ONE;
        scopeNote.setText(!draft.partOfSeries() ? ""
                : scope == EventScope.ONE ? "You are changing this occurrence only; the rest of the series stays."
                : scope == EventScope.FOLLOWING ? "You are changing this occurrence and all following ones; earlier "
                + "ones stay as they were." : "You are changing every occurrence of the series; those that have "
                + "already happened keep their times.");
        scopeNote.setVisible(draft.partOfSeries());
        editingCommunity = details.audience() == Audience.COMMUNITY;
        PlanningScope planned = scopes.stream()
                .filter(candidate -> candidate.collaborativeId() == details.collaborativeId()).findFirst()
                .orElse(null);
        if (planned == null && editingCommunity) {
            // an administrator changing a community event hosted from a collaborative they are not in
            planned = new PlanningScope(details.collaborativeId(), events.event(eventId).collaborativeName(),
                    Set.of(), false, Map.of(), true);
            collaborative.setItems(planned);
        }
        if (planned != null) {
            collaborative.setValue(planned);
        }
        collaborative.setReadOnly(true);
        audience.setValue(details.audience());
        kind.setValue(details.kind());
        title.setValue(details.title());
        description.setValue(details.description() == null ? "" : details.description());
        zone.setValue(details.zone());
        start.setValue(details.start());
        end.setValue(details.end());
        meetingLink.setValue(details.meetingLink() == null ? "" : details.meetingLink());
        place.setValue(details.place() == null ? "" : details.place());
        List<TeamRef> chosen = collaborative.getValue() == null ? List.of()
                : collaborative.getValue().teamsFor(details.kind()).stream()
                .filter(candidate -> details.teamIds().contains(candidate.id())).toList();
        teams.setValue(Set.copyOf(chosen));
        team.setValue(chosen.isEmpty() ? null : chosen.getFirst());
        seats.setValue(details.seatLimit());
        Map<Long, String> titles = library.titles(details.materialIds());
        materials.setValue(titles.entrySet().stream().map(entry -> new MaterialLink(entry.getKey(), entry.getValue()))
                .collect(Collectors.toSet()));
        if (draft.recurrence() != null) {
            repeat.setValue(draft.recurrence().frequency());
            ends.setValue(draft.recurrence().until() != null ? ENDS_ON_DATE : ENDS_AFTER);
            until.setValue(draft.recurrence().until());
            count.setValue(draft.recurrence().count());
        }
        showRecurrence();
    }

    /**
     * Whom they may plan for in the chosen collaborative, the kinds they may plan for them, and the teams: seats only
     * for office hours; one team for a team meeting, chosen teams for other team events; no teams for the whole
     * collaborative or the community. Every field's listener comes here, so one change settles the others once.
     */
    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            PlanningScope chosen = collaborative.getValue();
            List<Audience> offered = audiencesOffered(chosen);
            Audience whom = audience.getValue();
            if (!offered.equals(audienceItems)) {
                audienceItems = offered;
                audience.setItems(offered);
            }
            if (!offered.contains(whom)) {
                whom = offered.isEmpty() ? null : offered.getFirst();
            }
            List<EventKind> kinds = chosen == null ? List.of() : chosen.kindsFor(whom);
            EventKind chosenKind = kind.getValue();
            if (!kinds.equals(kindItems)) {
                kindItems = kinds;
                kind.setItems(kinds);
            }
            if (!kinds.contains(chosenKind)) {
                chosenKind = kinds.isEmpty() ? null : kinds.getFirst();
            }
            kind.setValue(chosenKind);
            boolean meeting = chosenKind == EventKind.TEAM_MEETING;
            if (meeting) {
                whom = Audience.TEAMS;
            }
            audience.setValue(whom);
            audience.setVisible(offered.size() > 1 && !meeting);
            boolean forCommunity = whom == Audience.COMMUNITY;
            collaborative.setLabel(forCommunity ? "Hosted from" : "Collaborative");
            collaborative.setHelperText(forCommunity ? "A collaborative you are or were in; the event page names it."
                    : null);
            communityNote.setVisible(forCommunity);
            collaborative.setVisible(scopes.size() > 1 || forCommunity);
            showSeatsAndTeams(chosen, chosenKind, whom);
        } finally {
            refreshing = false;
        }
    }

    /** A changed event keeps its audience's side: the community's stays the community's, and the others its own. */
    private List<Audience> audiencesOffered(PlanningScope chosen) {
        List<Audience> offered = chosen == null ? List.of() : chosen.audiences();
        if (editingCommunity == null) {
            return offered;
        }
        return offered.stream().filter(whom -> editingCommunity == (whom == Audience.COMMUNITY)).toList();
    }

    private void showSeatsAndTeams(PlanningScope chosen, EventKind chosenKind, Audience whom) {
        List<TeamRef> allowedTeams = chosen == null || whom == Audience.COMMUNITY ? List.of()
                : chosen.teamsFor(chosenKind);
        seats.setVisible(chosenKind != null && chosenKind.hasSeats());
        if (seats.isVisible() && seats.getValue() == null) {
            seats.setValue(8);
        }
        boolean meeting = chosenKind == EventKind.TEAM_MEETING;
        boolean organiser = chosen != null && chosen.wholeCollaborative();
        Set<TeamRef> keptTeams = teams.getValue().stream().filter(allowedTeams::contains).collect(Collectors.toSet());
        teams.setItems(allowedTeams);
        teams.setValue(keptTeams);
        TeamRef keptTeam = team.getValue() != null && allowedTeams.contains(team.getValue()) ? team.getValue()
                : allowedTeams.size() == 1 ? allowedTeams.getFirst() : null;
        team.setItems(allowedTeams);
        team.setValue(keptTeam);
        if (!organiser && !meeting && keptTeams.isEmpty() && allowedTeams.size() == 1) {
            teams.setValue(Set.of(allowedTeams.getFirst()));
        }
        team.setVisible(meeting);
        teams.setVisible(!meeting && whom == Audience.TEAMS);
    }

    /** Repeat choices are worded from the start date: "Monthly on the 2nd Tuesday". */
    private void showRepeatChoices() {
        LocalDate anchor = start.getValue() == null ? today() : start.getValue().toLocalDate();
        repeat.setItemLabelGenerator(frequency -> frequency == null ? "Does not repeat" : frequency.describe(anchor));
        repeat.setItemEnabledProvider(frequency -> frequency == null || frequency.fits(anchor));
    }

    private void showRecurrence() {
        showRepeatChoices();
        repeat.setVisible(seriesAllowed);
        recurrence.setVisible(seriesAllowed && repeat.getValue() != null);
        until.setVisible(ENDS_ON_DATE.equals(ends.getValue()));
        count.setVisible(ENDS_AFTER.equals(ends.getValue()));
    }

    /** Moving the start moves the end with it, so the length stays what it was. */
    private void keepLength(LocalDateTime before, LocalDateTime after) {
        if (before != null && after != null && end.getValue() != null && end.getValue().isAfter(before)) {
            end.setValue(after.plus(Duration.between(before, end.getValue())));
        }
    }

    private EventDetails details() {
        EventKind chosenKind = kind.getValue();
        Set<Long> teamIds = chosenKind == EventKind.TEAM_MEETING
                ? (team.getValue() == null ? Set.of() : Set.of(team.getValue().id()))
                : teams.getValue().stream().map(TeamRef::id).collect(Collectors.toSet());
        return new EventDetails(collaborative.getValue().collaborativeId(), chosenKind, title.getValue(),
                description.getValue(), start.getValue(), end.getValue(), zone.getValue(), meetingLink.getValue(),
                place.getValue(), audience.getValue(), teamIds, seats.isVisible() ? seats.getValue() : null,
                materials.getValue().stream().map(MaterialLink::resourceId).toList());
    }

    private Recurrence recurrence() {
        if (!seriesAllowed || repeat.getValue() == null) {
            return null;
        }
        return ENDS_ON_DATE.equals(ends.getValue()) ? new Recurrence(repeat.getValue(), until.getValue(), null)
                : new Recurrence(repeat.getValue(), null, count.getValue());
    }

    private void submit() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("collaborative", collaborative);
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("description", description);
        fields.put("start", start);
        fields.put("end", end);
        fields.put("zone", zone);
        fields.put("meetingLink", meetingLink);
        fields.put("place", place);
        fields.put("audience", audience);
        fields.put("teams", kind.getValue() == EventKind.TEAM_MEETING ? team : teams);
        fields.put("seatLimit", seats);
        fields.put("materials", materials);
        fields.put("frequency", repeat);
        fields.put("until", until);
        fields.put("count", count);
        FieldErrors.clear(fields);
        if (collaborative.getValue() == null) {
            FieldErrors.mark(kind, "You may not plan events in a collaborative yet.");
            return;
        }
        if (recurrence.isVisible() && until.isVisible() && until.markUnreadableInput(me.locale())) {
            return;
        }
        FieldErrors.submit(fields, () -> {
            long id;
            if (eventId == null) {
                id = events.create(details(), recurrence());
            } else {
                events.update(eventId, scope, details(), recurrence());
                id = eventId;
            }
            FieldErrors.Notifications.success(eventId == null ? "Event planned." : "Changes saved.");
            getUI().ifPresent(ui -> ui.navigate(EventView.class, new RouteParameters("eventId", String.valueOf(id))));
        });
    }
}
