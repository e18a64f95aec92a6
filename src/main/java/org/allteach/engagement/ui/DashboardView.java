package org.allteach.engagement.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.Menu;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.engagement.Engagement;
import org.allteach.engagement.EngagementDashboard;
import org.allteach.engagement.MonthStatus;
import org.allteach.engagement.TeamEngagement;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.identity.Roles;
import org.allteach.shared.ui.Downloads;
import org.allteach.shared.ui.PageHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * How a collaborative's teams are doing ({@code ?collaborative=id}, else the first one the person follows): the teams
 * that need attention first, then every team in a grid that sorts by any column and filters by name or concern, with
 * monthly posts and measure reporting drawn as small trends, and the same as CSV.
 */
@Route("organise/dashboard")
@PageTitle("Team engagement · AllTeach")
@Menu(order = 19, title = "Team engagement", icon = "vaadin:dashboard")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.COACH})
@StyleSheet("context://styles/engagement.css")
class DashboardView extends Main implements BeforeEnterObserver {

    private final Engagement engagement;
    private final List<CollaborativeSummary> followed;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter shortDay;

    final Select<CollaborativeSummary> collaborative = new Select<>();
    final TextField filter = new TextField();
    final Checkbox attentionOnly = new Checkbox("Needs attention only");
    final Anchor csv;
    final Div attention = new Div();
    final Grid<TeamEngagement> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Span asOf = new Span();
    EngagementDashboard dashboard;
    private ListDataProvider<TeamEngagement> rows;

    DashboardView(Engagement engagement, Accounts accounts) {
        this.engagement = engagement;
        this.followed = engagement.followed();
        PersonProfile me = accounts.myProfile();
        this.locale = me.locale();
        this.zone = me.timeZone();
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.shortDay = DateTimeFormatter.ofPattern("MMM d", locale);
        addClassNames("page", "engagement");
        add(new PageHeader("Team engagement"), new Paragraph("Which teams are taking part, and which need a call "
                + "from their coach. Organisers see every team; coaches see the teams they coach."));

        collaborative.setLabel("Collaborative");
        collaborative.setItemLabelGenerator(CollaborativeSummary::name);
        collaborative.setItems(followed);
        collaborative.setVisible(followed.size() > 1);
        collaborative.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class,
                        QueryParameters.of("collaborative", String.valueOf(change.getValue().id()))));
            }
        });
        filter.setPlaceholder("Team, coach or concern");
        filter.setLabel("Filter");
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        attentionOnly.addValueChangeListener(change -> applyFilter());
        csv = new Anchor(Downloads.csv(() -> "team-engagement-" + dashboard.collaborativeId() + ".csv",
                () -> engagement.csv(dashboard.collaborativeId())), "Download CSV");
        csv.addClassName("engagement-csv");
        Span spacer = new Span();
        spacer.addClassName("spacer");
        Div controls = new Div(collaborative, filter, attentionOnly, spacer, csv);
        controls.addClassName("engagement-controls");

        attention.addClassName("engagement-attention");
        buildGrid();
        empty.addClassName("engagement-empty");
        asOf.addClassName("engagement-as-of");
        add(attention, controls, grid, empty, asOf);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        List<String> asked = enter.getLocation().getQueryParameters().getParameters()
                .getOrDefault("collaborative", List.of());
        CollaborativeSummary chosen = followed.stream()
                .filter(c -> asked.isEmpty() || asked.getFirst().equals(String.valueOf(c.id()))).findFirst()
                .orElseThrow(NotFoundException::new);
        collaborative.setValue(chosen);
        try {
            show(engagement.dashboard(chosen.id()));
        } catch (AccessDeniedException notTheirs) {
            throw new NotFoundException();
        }
    }

    private void show(EngagementDashboard shown) {
        dashboard = shown;
        rows = new ListDataProvider<>(shown.teams());
        grid.setDataProvider(rows);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("team")).build());
        // an ended collaborative's last month is not this month
        YearMonth last = shown.months().getLast();
        grid.getColumnByKey("posts").setHeader(header(last.equals(YearMonth.from(shown.asOf().atZone(shown.zone())))
                ? "Posts this month" : "Posts in " + month(last)));
        showAttention(shown.needsAttention());
        empty.setVisible(shown.teams().isEmpty());
        empty.setText("No teams yet. Teams you organise or coach will appear here.");
        grid.setVisible(!shown.teams().isEmpty());
        asOf.setText("Months run " + month(shown.months().getFirst()) + " – " + month(shown.months().getLast())
                + ". A month's measures are due by the end of the 15th of the next month ("
                + shown.zone().getDisplayName(TextStyle.FULL, locale) + "). As of "
                + dayFormat.format(shown.asOf().atZone(zone)) + ".");
        applyFilter();
    }

    private void showAttention(List<TeamEngagement> teams) {
        attention.removeAll();
        H2 title = new H2(teams.isEmpty() ? "No team needs attention" : "Needs attention (" + teams.size() + ")");
        attention.add(title);
        Div cards = new Div();
        cards.addClassName("engagement-attention-list");
        for (TeamEngagement team : teams) {
            Div card = new Div();
            card.addClassName("engagement-attention-card");
            Anchor name = new Anchor(teamPage(team), team.teamName());
            name.addClassName("engagement-attention-team");
            Div reasons = new Div();
            reasons.addClassName("engagement-attention-reasons");
            team.attention().forEach(reason -> reasons.add(new Anchor(whereToAct(team, reason), reason)));
            Span coach = new Span(team.coachNames().isEmpty() ? "No coach"
                    : "Coach: " + String.join(", ", team.coachNames()));
            coach.addClassName("engagement-attention-coach");
            card.add(name, reasons, coach);
            cards.add(card);
        }
        attention.add(cards);
    }

    private void buildGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("engagement-grid");
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        grid.addColumn(new ComponentRenderer<>(this::teamCell)).setKey("team").setHeader("Team")
                .setComparator(Comparator.comparing(TeamEngagement::teamName, String.CASE_INSENSITIVE_ORDER))
                .setSortable(true).setFrozen(true).setWidth("12.5em").setFlexGrow(1);
        grid.addColumn(team -> relative(team.lastActivity())).setKey("lastActivity").setHeader(header("Last activity"))
                .setComparator(Comparator.comparing(TeamEngagement::lastActivity,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true).setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::postsCell)).setKey("posts").setHeader(header("Posts this month"))
                .setComparator(Comparator.comparingInt(TeamEngagement::postsThisMonth)).setSortable(true)
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::attendanceCell)).setKey("attendance")
                .setHeader(header("Sessions attended")).setComparator(nullsFirst(TeamEngagement::attendancePercent))
                .setSortable(true).setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::measuresCell)).setKey("measures")
                .setHeader(header("Measures on time")).setComparator(nullsFirst(TeamEngagement::onTimePercent))
                .setSortable(true).setWidth("9em").setFlexGrow(0);
        grid.addColumn(TeamEngagement::monthsMissing).setKey("missing").setHeader(header("Months missing"))
                .setComparator(Comparator.comparingInt(TeamEngagement::monthsMissing)).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(team -> team.cyclesStarted() + " / " + team.cyclesCompleted()).setKey("pdsa")
                .setHeader(header("PDSA started / done"))
                .setComparator(Comparator.comparingInt(TeamEngagement::cyclesStarted)
                        .thenComparingInt(TeamEngagement::cyclesCompleted))
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setWidth("6em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::callsCell)).setKey("calls").setHeader(header("Coaching calls"))
                .setComparator(Comparator.comparingInt(TeamEngagement::callsHeld)).setSortable(true)
                .setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(TeamEngagement::creditClaims).setKey("credits").setHeader(header("CE claims"))
                .setComparator(Comparator.comparingInt(TeamEngagement::creditClaims)).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5em").setFlexGrow(0);
    }

    /** Headers wrap onto two lines, so the columns can be as narrow as their numbers. */
    private static Component header(String text) {
        Span header = new Span(text);
        header.addClassName("engagement-header");
        return header;
    }

    private void applyFilter() {
        if (rows == null) {
            return;
        }
        String wanted = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(locale);
        boolean onlyAttention = attentionOnly.getValue();
        rows.setFilter(team -> (!onlyAttention || team.needsAttention())
                && (wanted.isEmpty() || matches(team, wanted)));
    }

    private boolean matches(TeamEngagement team, String wanted) {
        return team.teamName().toLowerCase(locale).contains(wanted)
                || team.coachNames().stream().anyMatch(name -> name.toLowerCase(locale).contains(wanted))
                || team.attention().stream().anyMatch(reason -> reason.toLowerCase(locale).contains(wanted));
    }

    private static String teamPage(TeamEngagement team) {
        return "teams/" + team.teamId();
    }

    /**
     * Where an organiser or coach acts on a reason: the team's PDSA board for cycles, the measures for data, the
     * calendar for sessions; the team's page (its people and its space) for calls and posts.
     */
    static String whereToAct(TeamEngagement team, String reason) {
        if (reason.startsWith("No PDSA")) {
            return teamPage(team) + "/pdsa";
        }
        if (reason.startsWith("No measure")) {
            return "measures";
        }
        if (reason.startsWith("Attendance")) {
            return "calendar";
        }
        return teamPage(team);
    }

    private Component teamCell(TeamEngagement team) {
        Anchor name = new Anchor(teamPage(team), team.teamName());
        name.addClassName("engagement-team-name");
        Span detail = new Span(team.members() + (team.members() == 1 ? " member" : " members")
                + (team.coachNames().isEmpty() ? "" : " · " + String.join(", ", team.coachNames())));
        detail.addClassName("engagement-team-detail");
        Div cell = new Div(name, detail);
        cell.addClassName("engagement-team");
        if (team.needsAttention()) {
            Span flag = new Span(VaadinIcon.WARNING.create());
            flag.addClassName("engagement-flag");
            flag.getElement().setAttribute("title", String.join("; ", team.attention()));
            name.addComponentAsFirst(flag);
        }
        return cell;
    }

    private Component postsCell(TeamEngagement team) {
        Span count = new Span(String.valueOf(team.postsThisMonth()));
        count.addClassName("engagement-number");
        StringBuilder label = new StringBuilder("Posts per month: ");
        for (int i = 0; i < team.postsByMonth().size(); i++) {
            label.append(i == 0 ? "" : ", ").append(month(dashboard.months().get(i))).append(" ")
                    .append(team.postsByMonth().get(i));
        }
        Div cell = new Div(count, Sparkline.of(team.postsByMonth(), label.toString()));
        cell.addClassName("engagement-trend");
        return cell;
    }

    private Component measuresCell(TeamEngagement team) {
        Span share = new Span(team.monthsDue() == 0 ? "none due" : team.monthsOnTime() + " of " + team.monthsDue());
        share.addClassName("engagement-team-detail");
        Div strip = new Div();
        strip.addClassName("engagement-months");
        for (int i = 0; i < team.measureMonths().size(); i++) {
            MonthStatus status = team.measureMonths().get(i);
            Span cell = new Span();
            cell.addClassNames("engagement-month", "month-" + status.name().toLowerCase(Locale.ROOT));
            cell.getElement().setAttribute("title", month(dashboard.months().get(i)) + ": " + status.label());
            strip.add(cell);
        }
        Div cell = new Div(strip, share);
        cell.addClassName("engagement-stack");
        return cell;
    }

    private Component attendanceCell(TeamEngagement team) {
        if (team.attendancePercent() == null) {
            return stacked("–", "no sessions yet");
        }
        return stacked(team.attendancePercent() + "%", team.sessionsAttended() + " of " + team.sessionsExpected());
    }

    private Component callsCell(TeamEngagement team) {
        Div cell = stacked(team.callsHeld() + " held",
                team.lastCall() == null ? "none yet" : "last " + relative(team.lastCall()).toLowerCase(locale));
        if (team.nextCall() != null) {
            Span next = new Span("next " + shortDay.format(team.nextCall().atZone(zone)));
            next.addClassName("engagement-team-detail");
            cell.add(next);
        }
        return cell;
    }

    private static Div stacked(String figure, String detail) {
        Span main = new Span(figure);
        Span small = new Span(detail);
        small.addClassName("engagement-team-detail");
        Div cell = new Div(main, small);
        cell.addClassName("engagement-stack");
        return cell;
    }

    private String relative(Instant instant) {
        if (instant == null) {
            return "Never";
        }
        long days = Duration.between(instant, dashboard.asOf()).toDays();
        if (days <= 0) {
            return "Today";
        }
        if (days == 1) {
            return "Yesterday";
        }
        return days < 45 ? days + " days ago" : dayFormat.format(instant.atZone(zone));
    }

    private String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
    }

    private static Comparator<TeamEngagement> nullsFirst(Function<TeamEngagement, Integer> value) {
        return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
