package org.allteach.coaching.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.Slot;
import org.allteach.coaching.CallTimes;
import org.allteach.coaching.CoachingAvailability;
import org.allteach.coaching.MyAvailability;
import org.allteach.identity.Accounts;
import org.allteach.identity.Roles;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.allteach.shared.ui.TimeZoneSelect;

/**
 * Where a coach says when they can be booked: weekly hours in their own time zone, dates that differ, and the rules
 * for calls, with a live preview of the free times these settings give in the next week.
 */
@Route("coaching/availability")
@PageTitle("My availability · AllTeach")
@Menu(order = 7, title = "My availability", icon = "vaadin:calendar-clock")
@RolesAllowed(Roles.COACH)
@StyleSheet("context://styles/coaching.css")
class MyAvailabilityView extends Main {

    private static final int PREVIEW_DAYS = 7;
    private static final List<Duration> USUAL_LENGTHS = List.of(Duration.ofMinutes(15), Duration.ofMinutes(20),
            Duration.ofMinutes(30), Duration.ofMinutes(45), Duration.ofMinutes(60), Duration.ofMinutes(90));

    private final CoachingAvailability availability;
    private final Locale locale;

    private final TimeZoneSelect zone = new TimeZoneSelect("Your time zone");
    private final WeeklyHoursEditor weekly = new WeeklyHoursEditor(this::settingsChanged);
    private final SectionMessage weeklyMessage = new SectionMessage();
    private final DateOverridesEditor overrides = new DateOverridesEditor(this::settingsChanged);
    private final SectionMessage overridesMessage = new SectionMessage();
    private final CheckboxGroup<Duration> callLengths = new CheckboxGroup<>("Call lengths offered");
    private final Select<Duration> startInterval = new Select<>();
    private final IntegerField bufferBefore = minutes("Free time before a call");
    private final IntegerField bufferAfter = minutes("Free time after a call");
    private final IntegerField minimumNotice = new IntegerField("Minimum notice");
    private final IntegerField daysAhead = new IntegerField("How far ahead");
    private final IntegerField maxCallsPerDay = new IntegerField("Calls per day, at most");
    private final TextField meetingPlace = new TextField("Where calls happen (optional)");
    private final Badge status = new Badge("", "status", "planning");
    private final SectionMessage formMessage = new SectionMessage();
    private final Select<Duration> previewLength = new Select<>();
    private final Div previewDays = new Div();
    private final Paragraph previewNote = new Paragraph();
    private boolean filling;

    MyAvailabilityView(CoachingAvailability availability, Accounts accounts) {
        this.availability = availability;
        this.locale = accounts.myProfile().locale();
        addClassNames("page", "availability-page");

        Button save = new Button("Save availability", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph lead = new Paragraph("Participants and team leads of the collaboratives you coach book one-on-one "
                + "calls in the free times these settings leave. They see the times in their own time zone.");
        lead.addClassName("page-lead");

        Div form = new Div(weeklyCard(), overridesCard(), callsCard());
        form.addClassName("availability-form");
        Div layout = new Div(form, previewCard());
        layout.addClassName("availability-layout");
        add(new PageHeader("My availability", status, save), lead, formMessage, layout);

        fill(availability.mine());
    }

    private Div weeklyCard() {
        zone.addValueChangeListener(change -> settingsChanged());
        zone.setHelperText("Your hours below are in this zone; they stay put when clocks change.");
        Div card = card("Weekly hours", weeklyMessage, zone, weekly);
        card.addClassName("weekly-card");
        return card;
    }

    private Div overridesCard() {
        Paragraph explain = new Paragraph("A date here replaces that weekday's hours: mark vacation days, or give "
                + "other hours for one date.");
        explain.addClassName("muted");
        return card("Date overrides", overridesMessage, explain, overrides);
    }

    private Div callsCard() {
        callLengths.setItemLabelGenerator(CallTimes::length);
        callLengths.addValueChangeListener(change -> {
            refreshPreviewLengths();
            settingsChanged();
        });
        startInterval.setLabel("Calls start every");
        startInterval.setItems(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60));
        startInterval.setItemLabelGenerator(CallTimes::length);
        startInterval.addValueChangeListener(change -> settingsChanged());
        minimumNotice.setSuffixComponent(new Span("hours"));
        minimumNotice.setHelperText("Nobody can book a call starting sooner than this.");
        minimumNotice.setMin(0);
        daysAhead.setSuffixComponent(new Span("days"));
        daysAhead.setMin(1);
        daysAhead.setMax(AvailabilityPolicy.MAX_DAYS_AHEAD);
        maxCallsPerDay.setMin(1);
        meetingPlace.setPlaceholder("e.g. https://meet.example.org/your-room, or a phone number");
        meetingPlace.setHelperText("Goes into the invitation of every call.");
        meetingPlace.setMaxLength(300);
        for (IntegerField field : List.of(bufferBefore, bufferAfter, minimumNotice, daysAhead, maxCallsPerDay)) {
            field.setStepButtonsVisible(true);
            field.addValueChangeListener(change -> settingsChanged());
        }
        Div lengths = new Div(callLengths, startInterval);
        lengths.addClassName("field-pair");
        Div buffers = new Div(bufferBefore, bufferAfter);
        buffers.addClassName("field-pair");
        Div limits = new Div(minimumNotice, daysAhead, maxCallsPerDay);
        limits.addClassName("field-trio");
        return card("Calls", lengths, buffers, limits, meetingPlace);
    }

    private Div previewCard() {
        previewLength.setLabel("Call length");
        previewLength.setItemLabelGenerator(CallTimes::length);
        previewLength.addValueChangeListener(change -> refreshPreview());
        previewNote.addClassName("muted");
        previewDays.addClassName("preview-days");
        Div card = card("Preview: the next " + PREVIEW_DAYS + " days", previewLength, previewNote, previewDays);
        card.addClassName("preview-card");
        return card;
    }

    private void fill(MyAvailability mine) {
        filling = true;
        AvailabilityPolicy policy = mine.policy();
        zone.setValue(policy.zone());
        weekly.setValue(policy.weekly());
        overrides.setValue(policy.overrides());
        TreeSet<Duration> lengths = new TreeSet<>(USUAL_LENGTHS);
        lengths.addAll(policy.callLengths());
        callLengths.setItems(lengths);
        callLengths.setValue(new HashSet<>(policy.callLengths()));
        startInterval.setValue(policy.startInterval());
        bufferBefore.setValue(Math.toIntExact(policy.bufferBefore().toMinutes()));
        bufferAfter.setValue(Math.toIntExact(policy.bufferAfter().toMinutes()));
        minimumNotice.setValue(Math.toIntExact(policy.minimumNotice().toHours()));
        daysAhead.setValue(policy.daysAhead());
        maxCallsPerDay.setValue(policy.maxCallsPerDay());
        meetingPlace.setValue(mine.meetingPlace() == null ? "" : mine.meetingPlace());
        showStatus(mine.saved());
        filling = false;
        refreshPreviewLengths();
        refreshPreview();
    }

    private void showStatus(boolean saved) {
        status.setText(saved ? "Open for booking" : "Not open for booking yet");
        status.removeClassNames("status-active", "status-planning");
        status.addClassName(saved ? "status-active" : "status-planning");
    }

    private AvailabilityPolicy policy() {
        return new AvailabilityPolicy(zone.getValue(), weekly.getValue(), overrides.getValue(),
                minutesOf(bufferBefore), minutesOf(bufferAfter),
                minimumNotice.getValue() == null ? null : Duration.ofHours(minimumNotice.getValue()),
                daysAhead.getValue() == null ? 0 : daysAhead.getValue(),
                maxCallsPerDay.getValue() == null ? 0 : maxCallsPerDay.getValue(),
                callLengths.getValue().stream().sorted().toList(), startInterval.getValue());
    }

    private void save() {
        Map<String, HasValidation> fields = fields();
        FieldErrors.clear(fields);
        formMessage.setInvalid(false);
        try {
            MyAvailability saved = availability.save(policy(), meetingPlace.getValue());
            showStatus(saved.saved());
            FieldErrors.Notifications.success("Saved. Participants can book your free times.");
        } catch (InvalidInput invalid) {
            FieldErrors.show(invalid, fields);
            FieldErrors.mark(formMessage, "Not saved yet: some settings need a change, see the marked parts below.");
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("zone", zone);
        fields.put("weekly", weeklyMessage);
        fields.put("overrides", overridesMessage);
        fields.put("callLengths", callLengths);
        fields.put("startInterval", startInterval);
        fields.put("bufferBefore", bufferBefore);
        fields.put("bufferAfter", bufferAfter);
        fields.put("minimumNotice", minimumNotice);
        fields.put("daysAhead", daysAhead);
        fields.put("maxCallsPerDay", maxCallsPerDay);
        fields.put("meetingPlace", meetingPlace);
        return fields;
    }

    private void settingsChanged() {
        if (!filling) {
            refreshPreview();
        }
    }

    private void refreshPreviewLengths() {
        Duration chosen = previewLength.getValue();
        List<Duration> offered = callLengths.getValue().stream().sorted().toList();
        previewLength.setItems(offered);
        previewLength.setValue(offered.contains(chosen) ? chosen : offered.isEmpty() ? null : offered.getFirst());
    }

    /** The free times of the settings as they are in the form, saved or not. */
    private void refreshPreview() {
        previewDays.removeAll();
        Duration length = previewLength.getValue();
        if (length == null) {
            previewNote.setText("Offer at least one call length to see your free times.");
            return;
        }
        List<Slot> slots;
        try {
            slots = availability.preview(policy(), length, PREVIEW_DAYS);
        } catch (InvalidInput invalid) {
            previewNote.setText("Some settings need a change before the preview can show your free times: "
                    + String.join(" ", invalid.fieldErrors().values()));
            return;
        }
        ZoneId coachZone = zone.getValue();
        previewNote.setText(slots.isEmpty() ? "No free times in the next " + PREVIEW_DAYS + " days."
                : slots.size() + (slots.size() == 1 ? " free time" : " free times") + ", in your time zone ("
                + CallTimes.zoneName(Instant.now(), coachZone, locale) + "). Your booked calls are left out.");
        Map<LocalDate, List<Slot>> byDay = new LinkedHashMap<>();
        slots.forEach(slot -> byDay.computeIfAbsent(LocalDate.ofInstant(slot.start(), coachZone),
                day -> new ArrayList<>()).add(slot));
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("EEEE, MMM d", locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        byDay.forEach((day, daySlots) -> {
            Div times = new Div();
            times.addClassName("preview-times");
            daySlots.forEach(slot -> {
                Span chip = new Span(time.format(slot.start().atZone(coachZone)));
                chip.addClassName("preview-time");
                times.add(chip);
            });
            Div block = new Div(new H3(heading.format(day)), times);
            block.addClassName("preview-day");
            previewDays.add(block);
        });
    }

    private static Div card(String title, Component... content) {
        Div card = new Div(new H2(title));
        card.addClassName("card");
        card.add(content);
        return card;
    }

    private static IntegerField minutes(String label) {
        IntegerField field = new IntegerField(label);
        field.setSuffixComponent(new Span("min"));
        field.setMin(0);
        field.setStep(5);
        return field;
    }

    private static Duration minutesOf(IntegerField field) {
        return field.getValue() == null ? null : Duration.ofMinutes(field.getValue());
    }
}
