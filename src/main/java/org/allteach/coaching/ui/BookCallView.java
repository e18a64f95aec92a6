package org.allteach.coaching.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.allteach.calendar.slots.Slot;
import org.allteach.coaching.BookingChoice;
import org.allteach.coaching.CallTimes;
import org.allteach.coaching.CoachChoice;
import org.allteach.coaching.CoachingCall;
import org.allteach.coaching.CoachingCalls;
import org.allteach.coaching.NewBooking;
import org.allteach.coaching.ThreadToDiscuss;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.allteach.shared.ui.PersonChip;

/**
 * Booking a call: pick a coach (their own team's first), a length and a free time shown in the booker's own time
 * zone, say what to talk about, book. Everything typed stays when the time was just taken by someone else.
 */
@Route("coaching/book")
@PageTitle("Book a coaching call · AllTeach")
@PermitAll
@StyleSheet("context://styles/coaching.css")
class BookCallView extends Main {

    private final CoachingCalls calls;
    private final ZoneId zone;
    private final Locale locale;
    private final LocalDate today;

    private final Select<BookingChoice> collaborative = new Select<>();
    private final RadioButtonGroup<CoachChoice> coach = new RadioButtonGroup<>("Coach");
    private final RadioButtonGroup<Duration> length = new RadioButtonGroup<>("Length");
    private final Div times = new Div();
    private final SectionMessage timeMessage = new SectionMessage();
    private final TextArea agenda = new TextArea("What would you like to talk about?");
    private final ComboBox<ThreadToDiscuss> thread = new ComboBox<>("Thread to discuss (optional)");
    private final Button linkThread = new Button("Link a discussion thread", VaadinIcon.COMMENTS_O.create());
    private final Paragraph summary = new Paragraph();
    private final Button book = new Button("Book the call");
    private SlotPicker picker;

    BookCallView(CoachingCalls calls, Accounts accounts, Clock clock) {
        this.calls = calls;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        this.today = LocalDate.now(clock.withZone(zone));
        addClassNames("page", "book-page");
        add(CoachingCallsView.backLink(), new PageHeader("Book a coaching call"));

        List<BookingChoice> choices = calls.myBookingChoices();
        if (choices.isEmpty()) {
            Paragraph none = new Paragraph("Participants and team leads of a collaborative book coaching calls with "
                    + "its coaches. You are not a participant or team lead in any collaborative.");
            none.addClassName("page-lead");
            add(none);
            return;
        }
        Paragraph lead = new Paragraph("Your coach gets an invitation for their calendar, and so do you. Times are "
                + "shown in your time zone, " + zone.getId().replace('_', ' ') + ".");
        lead.addClassName("page-lead");

        collaborative.setLabel("Collaborative");
        collaborative.setItems(choices);
        collaborative.setItemLabelGenerator(BookingChoice::collaborativeName);
        collaborative.setVisible(choices.size() > 1);
        collaborative.addValueChangeListener(change -> showCoaches(change.getValue()));

        coach.setRenderer(new ComponentRenderer<>(this::coachLabel));
        coach.setItemEnabledProvider(CoachChoice::bookable);
        coach.addClassName("coach-choice");
        coach.addValueChangeListener(change -> showLengths(change.getValue()));
        length.setItemLabelGenerator(CallTimes::length);
        length.addValueChangeListener(change -> showTimes());

        agenda.setWidthFull();
        agenda.setMinRows(4);
        agenda.setMaxRows(14);
        agenda.setPlaceholder("e.g. Our PDSA on text reminders: the second cycle's data, and what to test next.");
        agenda.setHelperText("Markdown: **bold**, *italic*, - lists. Your coach reads it before the call.");
        thread.setItemLabelGenerator(ThreadToDiscuss::title);
        thread.setRenderer(new ComponentRenderer<>(option -> {
            Div item = new Div(new Span(option.title()));
            Span where = new Span(option.where());
            where.addClassName("muted");
            item.add(new Div(where));
            return item;
        }));
        thread.setWidthFull();
        thread.setVisible(false);
        thread.setHelperText("A thread both you and your coach can read. (Linking a PDSA cycle comes with the "
                + "measures feature.)");
        linkThread.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        linkThread.addClickListener(click -> showThreads());

        book.addThemeVariants(ButtonVariant.PRIMARY);
        book.addClickListener(click -> book());
        summary.addClassName("booking-summary");

        times.addClassName("booking-times");
        Div step1 = step("1", "Coach and length", collaborative, coach, length);
        Div step2 = step("2", "Time", times, timeMessage);
        Div step3 = step("3", "Agenda", agenda, linkThread, thread);
        Div actions = new Div(summary, book);
        actions.addClassName("booking-actions");
        add(lead, step1, step2, step3, actions);
        collaborative.setValue(choices.getFirst());
    }

    private PersonChip coachLabel(CoachChoice choice) {
        String subtitle = choice.zone().getDisplayName(TextStyle.FULL, locale)
                + (choice.bookable() ? " · " + String.join(" or ", choice.callLengths().stream()
                .map(CallTimes::length).toList()) : " · not taking bookings yet");
        return choice.coachesMyTeam()
                ? new PersonChip(choice.coachId(), choice.name(), subtitle, new Badge("Your team's coach", "role", "coach"))
                : new PersonChip(choice.coachId(), choice.name(), subtitle);
    }

    private void showCoaches(BookingChoice choice) {
        coach.setItems(choice == null ? List.of() : choice.coaches());
        thread.clear();
        thread.setVisible(false);
        linkThread.setVisible(true);
        if (choice != null) {
            choice.coaches().stream().filter(CoachChoice::bookable).findFirst().ifPresent(coach::setValue);
        }
        if (coach.getValue() == null) {
            showLengths(null);
        }
    }

    private void showLengths(CoachChoice choice) {
        length.setItems(choice == null ? List.of() : choice.callLengths());
        if (choice != null && !choice.callLengths().isEmpty()) {
            length.setValue(choice.callLengths().getFirst());
        } else {
            showTimes();
        }
        if (thread.isVisible()) {
            showThreads();
        }
    }

    private void showTimes() {
        times.removeAll();
        timeMessage.setInvalid(false);
        CoachChoice chosenCoach = coach.getValue();
        Duration chosenLength = length.getValue();
        BookingChoice chosenCollaborative = collaborative.getValue();
        if (chosenCoach == null || chosenLength == null || chosenCollaborative == null) {
            picker = null;
            Paragraph pick = new Paragraph("Choose a coach and a length to see the free times.");
            pick.addClassName("muted");
            times.add(pick);
            updateSummary(null);
            return;
        }
        picker = new SlotPicker((from, to) -> calls.freeSlots(chosenCollaborative.collaborativeId(),
                chosenCoach.coachId(), chosenLength, from, to), zone, locale, today);
        picker.onPick(this::updateSummary);
        times.add(picker);
        picker.showFirstFreeWeek();
    }

    private void showThreads() {
        BookingChoice chosenCollaborative = collaborative.getValue();
        CoachChoice chosenCoach = coach.getValue();
        if (chosenCollaborative == null || chosenCoach == null) {
            return;
        }
        List<ThreadToDiscuss> options = calls.threadsToDiscuss(chosenCollaborative.collaborativeId(),
                chosenCoach.coachId());
        ThreadToDiscuss chosen = thread.getValue();
        thread.setItems(options);
        thread.setValue(options.contains(chosen) ? chosen : null);
        thread.setPlaceholder(options.isEmpty() ? "No threads you can both read yet" : "Choose a thread");
        thread.setVisible(true);
        linkThread.setVisible(false);
    }

    private void updateSummary(Slot slot) {
        book.setEnabled(slot != null);
        summary.setText(slot == null ? "Pick a time to book." : CallTimes.describe(slot.start(), slot.end(), zone,
                locale) + " with " + coach.getValue().name());
    }

    private void book() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("coach", coach);
        fields.put("length", length);
        fields.put("start", picker == null ? timeMessage : picker.message);
        fields.put("agenda", agenda);
        fields.put("thread", thread);
        FieldErrors.clear(fields);
        BookingChoice chosenCollaborative = collaborative.getValue();
        CoachChoice chosenCoach = coach.getValue();
        Slot slot = picker == null ? null : picker.getValue();
        try {
            CoachingCall call = calls.book(new NewBooking(chosenCollaborative.collaborativeId(),
                    chosenCoach == null ? 0 : chosenCoach.coachId(), length.getValue(),
                    slot == null ? null : slot.start(), agenda.getValue(),
                    thread.getValue() == null ? null : thread.getValue().id()));
            FieldErrors.Notifications.success("Booked. " + call.coachName() + " and you get an invitation by email.");
            getUI().ifPresent(ui -> ui.navigate(CallView.class, new RouteParameters("callId",
                    String.valueOf(call.id()))));
        } catch (InvalidInput invalid) {
            if (invalid.fieldErrors().containsKey("start") && picker != null) {
                picker.refresh();
            }
            FieldErrors.show(invalid, fields);
        }
    }

    private static Div step(String number, String title, Component... content) {
        Span badge = new Span(number);
        badge.addClassName("step-number");
        H2 heading = new H2(badge, new Span(title));
        Div step = new Div(heading);
        step.addClassNames("card", "booking-step");
        step.add(content);
        return step;
    }
}
