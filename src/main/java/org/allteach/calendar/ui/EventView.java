package org.allteach.calendar.ui;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventPage;
import org.allteach.calendar.EventScope;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Events;
import org.allteach.calendar.RsvpStatus;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ics.Ics;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.Downloads;
import org.allteach.shared.ui.FieldErrors.Notifications;
import org.allteach.shared.ui.PageHeader;

/**
 * One event: when (in the viewer's zone, named, and in the zone it was planned in when that differs), where, for whom,
 * the description and materials; going or not, seats and the waitlist; add to one's calendar; change or cancel it for
 * those who may (one occurrence, this and following, or all of a series).
 */
@Route("calendar/event/:eventId")
@PermitAll
@StyleSheet("context://styles/calendar.css")
class EventView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static String path(long eventId) {
        return "calendar/event/" + eventId;
    }

    private final Events events;
    private final Attendance attendance;
    private final EventTimes times;
    private final PageHeader header = new PageHeader("");
    private final Div back = new Div();
    private final Div badges = new Div();
    private final Div content = new Div();
    private EventPage event;

    EventView(Events events, Attendance attendance, Accounts accounts) {
        this.events = events;
        this.attendance = attendance;
        PersonProfile me = accounts.myProfile();
        this.times = new EventTimes(me.timeZone(), me.locale());
        addClassNames("page", "event-page");
        badges.addClassName("toolbar");
        content.addClassName("event-layout");
        add(back, badges, header, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        load(enter.getRouteParameters().getLong("eventId").orElse(-1L));
    }

    @Override
    public String getPageTitle() {
        return event == null ? "Event · AllTeach" : event.summary().title() + " · Calendar · AllTeach";
    }

    private void load(long eventId) {
        event = events.event(eventId);
        show();
    }

    private void show() {
        EventSummary summary = event.summary();
        back.removeAll();
        // a community event is found on the community page; the route is the community module's
        back.add(summary.community() ? new Anchor("community", "Community of practice")
                : new RouterLink("Calendar", CalendarView.class));
        String kindClass = KindLegend.kindClass(summary.kind());
        getClassNames().removeIf(name -> name.startsWith("kind-"));
        addClassName(kindClass);
        header.setTitle(summary.title());
        header.getChildren().filter(child -> child instanceof Button || child instanceof Anchor).toList()
                .forEach(header::remove);
        header.add(addToCalendar());
        if (event.mayEdit()) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> chooseScope("Change which occurrences?",
                    "Edit", scope -> click.getSource().getUI().ifPresent(ui -> ui.navigate(EventFormView.class,
                            new RouteParameters("eventId", String.valueOf(summary.id())),
                            QueryParameters.of(EventFormView.SCOPE, scope.name().toLowerCase(Locale.ROOT))))));
            Button cancel = new Button("Cancel event", click -> chooseScope("Cancel which occurrences?",
                    "Cancel them", this::confirmCancel));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.setVisible(!summary.cancelled() && event.mayRespond());
            header.add(edit, cancel);
        }
        if (attendance.mayManage(summary.id())) {
            header.add(new Button("Attendance", VaadinIcon.CLIPBOARD_USER.create(), click -> click.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(AttendanceView.path(summary.id())))));
        }
        badges.removeAll();
        badges.add(new Badge(summary.kind().label(), "kind", summary.kind().name()));
        if (summary.community()) {
            badges.add(KindLegend.communityBadge());
        }
        if (summary.cancelled()) {
            badges.add(new Badge("Cancelled", "event", "cancelled"));
        }
        if (event.repeats() != null) {
            badges.add(new Badge("Series", "status", "planning"));
        }
        content.removeAll();
        Div main = new Div(when(summary));
        if (!event.descriptionHtml().isEmpty()) {
            Div description = new Div(new Html("<div>" + event.descriptionHtml() + "</div>"));
            description.addClassNames("card", "post-body");
            main.add(description);
        }
        if (!event.materials().isEmpty()) {
            main.add(materials());
        }
        Div side = new Div(rsvp(summary));
        checkIn(summary).ifPresent(side::add);
        if (!event.goingNames().isEmpty()) {
            side.add(going());
        }
        content.add(main, side);
    }

    private Section when(EventSummary summary) {
        Span month = new Span(summary.start().atZone(times.zone()).getMonth()
                .getDisplayName(TextStyle.SHORT, times.locale()));
        month.addClassName("mon");
        Span day = new Span(String.valueOf(times.at(summary.start()).getDayOfMonth()));
        day.addClassName("dom");
        Span weekday = new Span(times.at(summary.start()).getDayOfWeek().getDisplayName(TextStyle.SHORT,
                times.locale()));
        weekday.addClassName("dow");
        Div dateBlock = new Div(month, day, weekday);
        dateBlock.addClassName("event-date-block");

        Div facts = new Div();
        facts.addClassName("event-facts");
        Span date = new Span(times.longDate(summary.start()));
        date.addClassName("big");
        facts.add(fact(VaadinIcon.CALENDAR, date));
        facts.add(fact(VaadinIcon.CLOCK, new Span(times.range(summary.start(), summary.end()) + " "
                + times.zoneNameAt(summary.start()))));
        if (!event.plannedIn().equals(times.zone())) {
            EventTimes planned = new EventTimes(event.plannedIn(), times.locale());
            Span there = new Span(planned.range(summary.start(), summary.end()) + " "
                    + planned.zoneNameAt(summary.start()) + " where it is planned");
            there.addClassName("muted");
            facts.add(fact(VaadinIcon.GLOBE, there));
        }
        if (event.repeats() != null) {
            facts.add(fact(VaadinIcon.REFRESH, new Span(event.repeats())));
        }
        if (event.meetingLink() != null) {
            Anchor join = new Anchor(event.meetingLink(), event.meetingLink());
            join.setTarget(AnchorTarget.BLANK);
            join.getElement().setAttribute("rel", "noopener noreferrer");
            join.addClassName("event-link");
            facts.add(fact(VaadinIcon.LAPTOP, new Span(new Span("Join online: "), join)));
        }
        if (event.place() != null) {
            facts.add(fact(VaadinIcon.MAP_MARKER, new Span(event.place())));
        }
        facts.add(fact(VaadinIcon.USERS, new Span(summary.community()
                ? "For the community of practice \u00b7 hosted from " + event.collaborativeName()
                : "For " + (summary.audience().equals(Audience.COLLABORATIVE.label()) ? "the whole collaborative"
                : summary.audience()) + " \u00b7 " + event.collaborativeName())));
        facts.add(fact(VaadinIcon.USER, new Span("Hosted by " + event.hostName())));
        Section card = new Section(dateBlock, facts);
        card.addClassNames("card", "event-when");
        return card;
    }

    /** For attendees: that they attended, or the way to check in while the host's check-in is open. */
    private Optional<Section> checkIn(EventSummary summary) {
        Attendance.MyAttendance mine = attendance.mine(summary.id());
        if (!mine.attended() && !mine.checkInOpen()) {
            return Optional.empty();
        }
        Section card = new Section(new H2("Attendance"));
        card.addClassNames("card", "event-check-in");
        if (mine.attended()) {
            card.add(statusLine(VaadinIcon.CHECK_CIRCLE, "You attended (" + mine.minutes() + " minutes)."));
        } else {
            Button checkIn = new Button("Check in", VaadinIcon.CHECK.create(), click -> click.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(CheckInView.class)));
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(new Paragraph("Check-in is open. Type the code the host shows in the session."), checkIn);
        }
        return Optional.of(card);
    }

    private static Div fact(VaadinIcon icon, Component text) {
        Div fact = new Div(icon.create(), text);
        fact.addClassName("event-fact");
        return fact;
    }

    private Section rsvp(EventSummary summary) {
        Section card = new Section(new H2(summary.seatLimit() == null ? "Are you going?" : "Seats"));
        card.addClassNames("card", "event-rsvp");
        if (summary.seatLimit() != null) {
            Paragraph seats = new Paragraph(summary.full()
                    ? (summary.seatLimit() == 1 ? "Full: the only seat is taken"
                    : "Full: all " + summary.seatLimit() + " seats are taken") + (event.waitlisted() > 0
                    ? ", " + event.waitlisted() + " waiting." : ".")
                    : summary.seatsLeft() + " of " + summary.seatLimit() + " seats left");
            seats.addClassName("event-seats");
            card.add(seats);
        } else if (summary.going() > 0) {
            card.add(new Paragraph(summary.going() == 1 ? "1 person is going." : summary.going()
                    + " people are going."));
        }
        if (summary.cancelled()) {
            card.add(new Paragraph("This event was cancelled."));
            return card;
        }
        if (!event.mayRespond()) {
            card.add(new Paragraph("This event is over."));
            return card;
        }
        RsvpStatus mine = summary.myResponse();
        Div actions = new Div();
        actions.addClassName("toolbar");
        if (mine == RsvpStatus.GOING) {
            card.add(statusLine(VaadinIcon.CHECK_CIRCLE, summary.seatLimit() == null ? "You are going."
                    : "You have a seat."));
            actions.add(answer(summary.seatLimit() == null ? "Not going" : "Give up my seat", false));
        } else if (mine == RsvpStatus.WAITLISTED) {
            card.add(statusLine(VaadinIcon.HOURGLASS, "You are number " + event.myWaitlistPosition()
                    + " on the waitlist. You get the seat as soon as someone gives theirs up."));
            actions.add(answer("Leave the waitlist", false));
        } else {
            if (mine == RsvpStatus.NOT_GOING) {
                card.add(statusLine(VaadinIcon.CLOSE_CIRCLE, "You said you are not going."));
            }
            Button going = answer(summary.full() ? "Join the waitlist" : "Going", true);
            going.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(going);
            if (mine == null) {
                actions.add(answer("Not going", false));
            }
        }
        card.add(actions);
        return card;
    }

    private static Paragraph statusLine(VaadinIcon icon, String text) {
        Paragraph line = new Paragraph(icon.create(), new Span(" " + text));
        line.addClassName("event-my-answer");
        return line;
    }

    private Button answer(String label, boolean going) {
        return new Button(label, click -> {
            try {
                RsvpStatus now = events.respond(event.summary().id(), going);
                Notifications.success(switch (now) {
                    case GOING -> "You are going. It is in your calendar feed.";
                    case WAITLISTED -> "You are on the waitlist.";
                    case NOT_GOING -> "Thanks for letting the host know.";
                });
            } catch (InvalidInput refused) {
                Notifications.error(refused.getMessage());
            }
            load(event.summary().id());
        });
    }

    private Section materials() {
        UnorderedList list = new UnorderedList();
        list.addClassName("event-materials");
        event.materials().forEach(material -> list.add(new ListItem(new Anchor("library/" + material.resourceId(),
                material.title()))));
        Section card = new Section(new H2("Materials"), list);
        card.addClassName("card");
        return card;
    }

    private Section going() {
        UnorderedList list = new UnorderedList();
        event.goingNames().forEach(name -> list.add(new ListItem(name)));
        Section card = new Section(new H2("Going (" + event.goingNames().size() + ")"), list);
        card.addClassName("card");
        return card;
    }

    /** "Add to calendar": the event as an .ics file the viewer's calendar app opens. */
    private Anchor addToCalendar() {
        long eventId = event.summary().id();
        String fileName = event.summary().title().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip() + ".ics";
        Anchor download = new Anchor(Downloads.text(fileName, Ics.CONTENT_TYPE, () -> events.ics(eventId)), "");
        Button button = new Button("Add to calendar", VaadinIcon.CALENDAR_O.create());
        button.setTabIndex(-1);
        download.add(button);
        download.getElement().setAttribute("download", true);
        download.addClassName("add-to-calendar");
        return download;
    }

    /** A single event needs no choice; for a series, the person picks one, this and following, or all. */
    private void chooseScope(String question, String confirm, Consumer<EventScope> then) {
        if (event.summary().seriesId() == null) {
            then.accept(EventScope.ONE);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(question);
        Div choices = new Div();
        choices.addClassName("scope-choices");
        choices.add(new Paragraph("\u201c" + event.summary().title() + "\u201d repeats: " + event.repeats() + "."));
        for (EventScope scope : EventScope.values()) {
            Button choice = new Button(scope.label(), click -> {
                dialog.close();
                then.accept(scope);
            });
            if (scope == EventScope.ONE) {
                choice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            choices.add(choice);
        }
        dialog.add(choices);
        dialog.getFooter().add(new Button("Back", click -> dialog.close()));
        dialog.open();
    }

    private void confirmCancel(EventScope scope) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(scope == EventScope.ONE ? "Cancel this event?" : "Cancel " + scope.label().toLowerCase(
                Locale.ROOT) + "?");
        confirm.setText("People who can see it find it marked as cancelled, and calendar feeds remove it. Occurrences "
                + "that have already started stay as they were.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Cancel event");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(yes -> {
            try {
                events.cancel(event.summary().id(), scope);
                Notifications.success("Cancelled.");
            } catch (InvalidInput refused) {
                Notifications.error(refused.getMessage());
            }
            load(event.summary().id());
        });
        confirm.open();
    }
}
