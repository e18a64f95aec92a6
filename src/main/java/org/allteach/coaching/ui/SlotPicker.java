package org.allteach.coaching.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.allteach.calendar.slots.Slot;
import org.allteach.coaching.CallTimes;

/**
 * Free call times a week at a time, grouped by day, in the viewer's own time zone (named above the times, since coach
 * and participant often live in different zones). A click picks a time.
 */
class SlotPicker extends Div {

    /** How many weeks ahead the picker looks for the first week with a free time. */
    private static final int WEEKS_TO_SEARCH = 8;

    private final BiFunction<Instant, Instant, List<Slot>> source;
    private final ZoneId zone;
    private final Locale locale;
    private final LocalDate today;
    private final Span weekLabel = new Span();
    private final Button earlier = new Button("Earlier", VaadinIcon.ANGLE_LEFT.create());
    private final Button later = new Button("Later", VaadinIcon.ANGLE_RIGHT.create());
    private final Paragraph zoneLine = new Paragraph();
    private final Div days = new Div();
    final SectionMessage message = new SectionMessage();
    private Consumer<Slot> onPick = slot -> {
    };
    private LocalDate weekStart;
    private Slot picked;

    /**
     * @param source free slots between two instants
     * @param today  the viewer's today, where the first week starts
     */
    SlotPicker(BiFunction<Instant, Instant, List<Slot>> source, ZoneId zone, Locale locale, LocalDate today) {
        this.source = source;
        this.zone = zone;
        this.locale = locale;
        this.today = today;
        addClassName("slot-picker");
        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        later.setIconAfterText(true);
        earlier.addClickListener(click -> showWeek(weekStart.minusDays(7)));
        later.addClickListener(click -> showWeek(weekStart.plusDays(7)));
        weekLabel.addClassName("week-label");
        Div navigation = new Div(earlier, weekLabel, later);
        navigation.addClassName("week-navigation");
        zoneLine.addClassName("zone-line");
        days.addClassName("slot-days");
        add(zoneLine, navigation, days, message);
    }

    void onPick(Consumer<Slot> listener) {
        this.onPick = listener;
    }

    Slot getValue() {
        return picked;
    }

    /** Shows the first week from today that has a free time (or this week when none has). */
    void showFirstFreeWeek() {
        for (int week = 0; week < WEEKS_TO_SEARCH; week++) {
            LocalDate start = today.plusDays(7L * week);
            List<Slot> slots = load(start);
            if (!slots.isEmpty()) {
                show(start, slots);
                return;
            }
        }
        showWeek(today);
    }

    /** Loads the shown week again, e.g. after a time was just taken; the pick is cleared. */
    void refresh() {
        showWeek(weekStart == null ? today : weekStart);
    }

    private void showWeek(LocalDate start) {
        show(start, load(start));
    }

    private List<Slot> load(LocalDate start) {
        return source.apply(start.atStartOfDay(zone).toInstant(), start.plusDays(7).atStartOfDay(zone).toInstant());
    }

    private void show(LocalDate start, List<Slot> slots) {
        weekStart = start;
        picked = null;
        onPick.accept(null);
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEE, MMM d", locale);
        weekLabel.setText(dayFormat.format(start) + " \u2013 " + dayFormat.format(start.plusDays(6)));
        earlier.setEnabled(start.isAfter(today));
        zoneLine.setText("Times in your time zone: " + CallTimes.zoneName(start.atStartOfDay(zone).toInstant(), zone,
                locale) + " (" + zone.getId().replace('_', ' ') + ")");
        days.removeAll();
        Map<LocalDate, List<Slot>> byDay = new LinkedHashMap<>();
        slots.forEach(slot -> byDay.computeIfAbsent(LocalDate.ofInstant(slot.start(), zone),
                day -> new ArrayList<>()).add(slot));
        if (byDay.isEmpty()) {
            Paragraph none = new Paragraph("No free times this week. Try a later week.");
            none.addClassName("muted");
            days.add(none);
            return;
        }
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("EEEE, MMMM d", locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        byDay.forEach((day, daySlots) -> {
            Div times = new Div();
            times.addClassName("slot-times");
            for (Slot slot : daySlots) {
                Button button = new Button(time.format(slot.start().atZone(zone)));
                button.addClassName("slot");
                button.getElement().setAttribute("aria-pressed", "false");
                button.addClickListener(click -> pick(slot, button));
                times.add(button);
            }
            Div dayBlock = new Div(new H3(heading.format(day)), times);
            dayBlock.addClassName("slot-day");
            days.add(dayBlock);
        });
    }

    private void pick(Slot slot, Button button) {
        days.getChildren().flatMap(day -> day.getChildren()).flatMap(times -> times.getChildren())
                .filter(Button.class::isInstance).forEach(other -> {
                    ((Button) other).removeClassName("selected");
                    other.getElement().setAttribute("aria-pressed", "false");
                });
        button.addClassName("selected");
        button.getElement().setAttribute("aria-pressed", "true");
        picked = slot;
        message.setInvalid(false);
        onPick.accept(slot);
    }
}
