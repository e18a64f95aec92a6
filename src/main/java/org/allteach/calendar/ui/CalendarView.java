package org.allteach.calendar.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.calendar.CalendarFilter;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Events;
import org.allteach.collaborative.TeamRef;
import org.allteach.community.Community;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.PageHeader;
import com.vaadin.flow.component.dependency.StyleSheet;

/**
 * The calendar: a month grid, a week with an hour scale, or an agenda list (the default on small screens), filtered
 * by kind and team. Everything it shows is in the address ({@code ?view=week&date=2026-03-10&kind=office_hours&team=4}),
 * so a view can be bookmarked, shared and gone back to.
 */
@Route("calendar")
@PageTitle("Calendar · AllTeach")
@Menu(order = 4, title = "Calendar", icon = "vaadin:calendar")
@PermitAll
@StyleSheet("context://styles/calendar.css")
class CalendarView extends Main implements BeforeEnterObserver {

    /** Query parameters. */
    static final String VIEW = "view";
    static final String DATE = "date";
    static final String KIND = "kind";
    static final String TEAM = "team";

    /** Below this window width the agenda is the default: a month grid is unreadable on a phone. */
    private static final int SMALL_SCREEN = 700;
    private static final int AGENDA_DAYS = 28;

    enum Mode {
        MONTH("Month"), WEEK("Week"), AGENDA("Agenda");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Events events;
    private final Clock clock;
    private final EventTimes times;
    private final Span period = new Span();
    private final Map<Mode, Button> modeButtons = new LinkedHashMap<>();
    private final MultiSelectComboBox<EventKind> kinds = new MultiSelectComboBox<>();
    private final Select<TeamRef> team = new Select<>();
    private final Div body = new Div();
    private final List<TeamRef> teams;

    private Mode mode = Mode.MONTH;
    private LocalDate date;
    private boolean modeChosen;

    CalendarView(Events events, Accounts accounts, Community community, Clock clock) {
        this.events = events;
        this.clock = clock;
        PersonProfile me = accounts.myProfile();
        this.times = new EventTimes(me.timeZone(), me.locale());
        addClassNames("page", "calendar-page");

        Button subscribe = new Button("Subscribe", VaadinIcon.LINK.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate("calendar/subscribe")));
        subscribe.setTooltipText("Your private calendar link for Google, Outlook or Apple Calendar");
        Button newEvent = new Button("New event", VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(EventFormView.class,
                        QueryParameters.of(DATE, date.toString()))));
        newEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEvent.setVisible(!events.planningScopes().isEmpty());

        Button today = new Button("Today", click -> go(mode, LocalDate.now(clock.withZone(times.zone()))));
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> go(mode, step(-1)));
        previous.setAriaLabel("Previous");
        previous.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> go(mode, step(1)));
        next.setAriaLabel("Next");
        next.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        period.addClassName("calendar-period");
        period.getElement().setAttribute("aria-live", "polite");
        Div views = new Div();
        views.addClassName("calendar-views");
        views.getElement().setAttribute("role", "group");
        views.getElement().setAttribute("aria-label", "Show as");
        for (Mode each : Mode.values()) {
            Button button = new Button(each.label, click -> go(each, date));
            modeButtons.put(each, button);
            views.add(button);
        }
        Div spacer = new Div();
        spacer.addClassName("spacer");
        Div navigation = new Div(today, previous, next, period, spacer, views);
        navigation.addClassName("calendar-nav");

        kinds.setPlaceholder("All kinds");
        kinds.setAriaLabel("Kinds");
        kinds.setItems(EventKind.values());
        kinds.setItemLabelGenerator(EventKind::label);
        kinds.setWidth("20rem");
        kinds.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(mode, date);
            }
        });
        teams = events.calendarTeams();
        team.setAriaLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(choice -> choice == null ? "All teams" : choice.name());
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption("All teams");
        team.setPlaceholder("All teams");
        team.setVisible(teams.size() > 1);
        team.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(mode, date);
            }
        });
        Span zone = new Span(VaadinIcon.GLOBE.create(), new Span("Times in " + times.zoneName() + " \u00b7 "),
                new Anchor("profile", "change"));
        zone.addClassName("calendar-zone");
        Div filters = new Div(kinds, team, zone);
        filters.addClassName("calendar-filters");

        body.addClassName("calendar-body");
        add(new PageHeader("Calendar", subscribe, newEvent), navigation, filters, body,
                new KindLegend(community.amMember()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Mode> chosen = query.getSingleParameter(VIEW).flatMap(value -> Arrays.stream(Mode.values())
                .filter(candidate -> candidate.parameter().equals(value)).findFirst());
        modeChosen = chosen.isPresent();
        mode = chosen.orElse(mode);
        date = query.getSingleParameter(DATE).flatMap(CalendarView::parseDate)
                .orElseGet(() -> LocalDate.now(clock.withZone(times.zone())));
        Set<EventKind> wanted = query.getParameters(KIND).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .flatMap(value -> Arrays.stream(EventKind.values())
                        .filter(kind -> kind.name().equalsIgnoreCase(value.strip())))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventKind.class)));
        kinds.setValue(wanted);
        team.setValue(query.getSingleParameter(TEAM).flatMap(value -> teams.stream()
                .filter(candidate -> String.valueOf(candidate.id()).equals(value)).findFirst()).orElse(null));
        show();
        if (!modeChosen) {
            event.getUI().getPage().retrieveExtendedClientDetails(details -> {
                if (!modeChosen && details.getWindowInnerWidth() > 0
                        && details.getWindowInnerWidth() < SMALL_SCREEN && mode != Mode.AGENDA) {
                    mode = Mode.AGENDA;
                    show();
                }
            });
        }
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Moves to another view or period; the address changes with it, so the browser's back button works. */
    private void go(Mode newMode, LocalDate newDate) {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put(VIEW, List.of(newMode.parameter()));
        parameters.put(DATE, List.of(newDate.toString()));
        if (!kinds.getValue().isEmpty()) {
            parameters.put(KIND, List.of(kinds.getValue().stream().sorted()
                    .map(kind -> kind.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","))));
        }
        if (team.getValue() != null) {
            parameters.put(TEAM, List.of(String.valueOf(team.getValue().id())));
        }
        UI.getCurrent().navigate(CalendarView.class, new QueryParameters(parameters));
    }

    private LocalDate step(int direction) {
        return switch (mode) {
            case MONTH -> date.withDayOfMonth(1).plusMonths(direction);
            case WEEK -> date.plusWeeks(direction);
            case AGENDA -> date.plusDays((long) direction * AGENDA_DAYS);
        };
    }

    private void show() {
        modeButtons.forEach((each, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(each == mode));
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
            button.addThemeVariants(each == mode ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        });
        LocalDate today = LocalDate.now(clock.withZone(times.zone()));
        DayOfWeek firstDayOfWeek = WeekFields.of(times.locale()).getFirstDayOfWeek();
        LocalDate first;
        LocalDate last;
        switch (mode) {
            case MONTH -> {
                YearMonth month = YearMonth.from(date);
                first = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
                last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDayOfWeek.plus(6)));
                period.setText(DateTimeFormatter.ofPattern("MMMM yyyy", times.locale()).format(month));
            }
            case WEEK -> {
                first = date.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
                last = first.plusDays(6);
                period.setText(rangeText(first, last));
            }
            default -> {
                first = date;
                last = date.plusDays(AGENDA_DAYS - 1);
                period.setText(rangeText(first, last));
            }
        }
        Instant from = first.atStartOfDay(times.zone()).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(times.zone()).toInstant();
        List<EventSummary> shown = events.between(from, to, new CalendarFilter(kinds.getValue(),
                team.getValue() == null ? null : team.getValue().id()));
        body.removeAll();
        switch (mode) {
            case MONTH -> body.add(new MonthGrid(YearMonth.from(date), today, shown, times,
                    day -> go(Mode.AGENDA, day)));
            case WEEK -> body.add(new WeekGrid(first, today, clock.instant(), shown, times));
            default -> body.add(new AgendaList(shown, today, times,
                    "Nothing planned in these four weeks. Try the next ones, or all kinds and teams."));
        }
    }

    private String rangeText(LocalDate first, LocalDate last) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("MMM d", times.locale());
        DateTimeFormatter year = DateTimeFormatter.ofPattern(", yyyy", times.locale());
        return day.format(first) + (first.getYear() == last.getYear() ? "" : year.format(first)) + " \u2013 "
                + day.format(last) + year.format(last);
    }
}
