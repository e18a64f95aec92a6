package org.allteach.credits.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.calendar.CalendarFilter;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Events;
import org.allteach.collaborative.Collaboratives;
import org.allteach.credits.ActivityDetails;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.ActivityView;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditType;
import org.allteach.credits.EvaluationItem;
import org.allteach.credits.WindowExtensionRecord;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.identity.Roles;
import org.allteach.library.Library;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * A CE activity's page for its organisers: what it is for, the credit it offers, the statements and disclosures its
 * certificates carry, its evaluation form, and (once saved) the claim-window extensions granted to attendees.
 * {@code credits/activities/new?collaborative=ID} plans a new one.
 */
@Route("credits/activities/:activityId")
@PageTitle("CE activity · AllTeach")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@StyleSheet("context://styles/credits.css")
class ActivityFormView extends Main implements BeforeEnterObserver {

    private static final String NEW = "new";

    private final CreditActivities activities;
    private final Collaboratives collaboratives;
    private final Events events;
    private final Library library;
    private final Clock clock;
    private final ZoneId zone;
    private final Locale locale;
    private final PageHeader header = new PageHeader("New CE activity");

    final TextField title = new TextField("Title");
    final Select<ActivityLink.Kind> linkKind = new Select<>();
    final ComboBox<EventSummary> event = new ComboBox<>("Session");
    final ComboBox<ResourceRow> recording = new ComboBox<>("Recording or other library resource");
    final TextField provider = new TextField("Accredited provider");
    final CheckboxGroup<CreditType> offered = new CheckboxGroup<>("Credit offered");
    final Map<CreditType, BigDecimalField> maxHours = new EnumMap<>(CreditType.class);
    final TextArea accreditation = new TextArea("Accreditation statement");
    final TextArea designation = new TextArea("Credit designation statement");
    final TextArea disclosures = new TextArea("Faculty disclosures");
    final IntegerField claimWindowDays = new IntegerField("Claim window (days after attendance)");
    final List<EvaluationItem> evaluationItems = new ArrayList<>();
    private final Div evaluationList = new Div();
    final TextField newItem = new TextField();
    final Select<EvaluationItem.Kind> newItemKind = new Select<>();
    final Button save = new Button("Save activity");

    final Div extensionsSection = new Div();
    final ComboBox<CreditActivities.Attendee> attendee = new ComboBox<>("Person who attended");
    final DatePicker newEnd = new DatePicker("Claim until (end of day)");
    final TextField reason = new TextField("Reason");
    final Button extend = new Button("Extend window");
    final Grid<WindowExtensionRecord> extensions = new Grid<>();

    private long collaborativeId;
    private Long activityId;
    /** The designation wording last generated from the form's values, to tell whether the organiser reworded it. */
    private String generatedDesignation = "";
    /** Every session of the collaborative in the picker's period; series show as their first session. */
    private List<EventSummary> sessions = List.of();

    ActivityFormView(CreditActivities activities, Collaboratives collaboratives, Events events, Library library,
                     Accounts accounts, Clock clock) {
        this.activities = activities;
        this.collaboratives = collaboratives;
        this.events = events;
        this.library = library;
        this.clock = clock;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        addClassNames("page", "ce-activity");
        buildForm();
        buildExtensions();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get("activityId").orElse(NEW);
        if (NEW.equals(id)) {
            List<String> asked = enter.getLocation().getQueryParameters().getParameters()
                    .getOrDefault("collaborative", List.of());
            long chosen = asked.isEmpty() ? -1 : parse(asked.getFirst());
            collaborativeId = collaboratives.organisedByMe().stream().mapToLong(c -> c.id())
                    .filter(c -> asked.isEmpty() || c == chosen).findFirst().orElseThrow(NotFoundException::new);
            activityId = null;
            fill(ActivityDetails.startingPoint(collaborativeId, ""));
            extensionsSection.setVisible(false);
        } else {
            ActivityView view;
            try {
                view = activities.activity(parse(id));
            } catch (NoSuchElementException | NumberFormatException missing) {
                throw new NotFoundException();
            }
            activityId = view.id();
            collaborativeId = view.details().collaborativeId();
            header.setTitle(view.details().title());
            fill(view.details());
            refreshExtensions();
        }
        loadPickers();
        if (activityId != null) {
            selectLinked(activities.activity(activityId).details().link());
        }
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
    }

    private void buildForm() {
        title.setMaxLength(200);
        linkKind.setLabel("Credit for");
        linkKind.setItems(ActivityLink.Kind.values());
        linkKind.setItemLabelGenerator(ActivityLink.Kind::label);
        linkKind.addValueChangeListener(change -> {
            showPicker();
            refreshDesignation();
        });
        event.setItemLabelGenerator(this::eventLabel);
        event.setHelperText("Every session of the series counts, past and future.");
        recording.setItemLabelGenerator(row -> row.title() + " (" + row.kind().label() + ")");
        provider.setHelperText("The accredited provider that designates the credit; it completes the statements.");
        provider.addValueChangeListener(change -> {
            if (accreditation.getValue().equals(ActivityDetails.defaultAccreditationStatement(change.getOldValue()))) {
                accreditation.setValue(ActivityDetails.defaultAccreditationStatement(change.getValue()));
            }
            if (!refreshDesignation()) {
                designation.setValue(designation.getValue().replace(providerName(change.getOldValue()),
                        providerName(change.getValue())));
            }
        });
        offered.setItems(CreditType.values());
        offered.setItemLabelGenerator(CreditType::label);
        offered.addValueChangeListener(change -> {
            maxHours.forEach((type, field) -> field.setVisible(change.getValue().contains(type)));
            refreshDesignation();
        });
        Div hours = new Div();
        hours.addClassName("ce-hours");
        for (CreditType type : CreditType.values()) {
            BigDecimalField field = new BigDecimalField("Most hours: " + type.label());
            field.setVisible(false);
            if (type == CreditType.AMA_PRA_CATEGORY_1 || type == CreditType.MOC_PART_IV) {
                field.addValueChangeListener(change -> refreshDesignation());
            }
            field.setHelperText("In steps of " + type.step().stripTrailingZeros().toPlainString() + " h");
            maxHours.put(type, field);
            hours.add(field);
        }
        accreditation.setHelperText("Keep the required wording; replace any [placeholder].");
        designation.setHelperText("Keep the required wording; replace [N] with the most hours offered.");
        disclosures.setHelperText("One per line, e.g. \u201cDr. Ana Lee: nothing to disclose\u201d.");
        claimWindowDays.setMin(1);
        claimWindowDays.setMax(365);
        claimWindowDays.setStepButtonsVisible(true);

        newItem.setPlaceholder("A statement to rate, or a question");
        newItem.setAriaLabel("New evaluation item");
        newItemKind.setItems(EvaluationItem.Kind.values());
        newItemKind.setItemLabelGenerator(kind -> kind == EvaluationItem.Kind.LIKERT ? "Rated 1\u20135" : "Answered in words");
        newItemKind.setValue(EvaluationItem.Kind.LIKERT);
        newItemKind.setAriaLabel("New item is");
        Button addItem = new Button("Add item", VaadinIcon.PLUS.create(), click -> {
            if (!newItem.getValue().isBlank()) {
                evaluationItems.add(new EvaluationItem(null, newItemKind.getValue(), newItem.getValue().strip()));
                newItem.clear();
                showEvaluation();
            }
        });
        Div addRow = new Div(newItem, newItemKind, addItem);
        addRow.addClassNames("toolbar", "ce-new-item");
        evaluationList.addClassName("ce-evaluation");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(title, 2);
        form.add(linkKind, event, recording);
        form.add(provider, claimWindowDays);
        form.add(offered, 2);
        form.add(hours, 2);
        form.add(accreditation, 2);
        form.add(designation, 2);
        form.add(disclosures, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(header, form, new H2("Evaluation"), new Paragraph("Learners answer these before they may claim credit. "
                        + "A QI project (MOC Part IV) may have none: its attestation is the learner's reflection."),
                evaluationList, addRow, new Div(save));
    }

    /**
     * Keeps the designation statement in step with the provider, the kind of activity and the most AMA credits
     * offered while the organiser has not reworded it; once they have, their wording stays.
     *
     * @return whether it was still the generated wording
     */
    private boolean refreshDesignation() {
        String fresh = ActivityDetails.defaultDesignationStatement(provider.getValue(), linkKind.getValue(),
                designatedMost(linkKind.getValue(), offered.getValue().stream().collect(Collectors.toMap(
                        type -> type, type -> Optional.ofNullable(maxHours.get(type).getValue())
                                .orElse(BigDecimal.ZERO)))));
        boolean untouched = designation.getValue().equals(generatedDesignation);
        if (untouched) {
            designation.setValue(fresh);
        }
        generatedDesignation = fresh;
        return untouched;
    }

    /** The figure the designation names: MOC points for a QI project, AMA credits otherwise; null when not offered. */
    private static BigDecimal designatedMost(ActivityLink.Kind kind, Map<CreditType, BigDecimal> offers) {
        BigDecimal most = offers.get(kind == ActivityLink.Kind.QI_PROJECT ? CreditType.MOC_PART_IV
                : CreditType.AMA_PRA_CATEGORY_1);
        return most == null || most.signum() == 0 ? null : most;
    }

    private static String providerName(String provider) {
        return provider == null || provider.isBlank() ? "[Provider]" : provider.strip();
    }

    private void buildExtensions() {
        extensionsSection.addClassName("ce-extensions");
        attendee.setItemLabelGenerator(CreditActivities.Attendee::name);
        newEnd.setLocale(locale);
        reason.setMaxLength(500);
        reason.setPlaceholder("e.g. unwell during the claim window");
        extend.addClickListener(click -> extend());
        Div row = new Div(attendee, newEnd, reason, extend);
        row.addClassNames("toolbar", "ce-extend");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        extensions.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        extensions.setAllRowsVisible(true);
        extensions.addColumn(WindowExtensionRecord::personName).setHeader("For");
        extensions.addColumn(e -> when.format(e.newEnd())).setHeader("Claim until");
        extensions.addColumn(WindowExtensionRecord::reason).setHeader("Reason").setFlexGrow(2);
        extensions.addColumn(e -> e.extendedByName() + ", " + when.format(e.extendedAt())).setHeader("Granted by");
        extensionsSection.add(new H2("Claim-window extensions"),
                new Paragraph("Give one person who attended more time to claim; the reason is kept for the record."),
                row, extensions);
        add(extensionsSection);
    }

    private void loadPickers() {
        Instant now = clock.instant();
        sessions = events.between(now.minus(730, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS),
                CalendarFilter.EVERYTHING).stream()
                .filter(e -> e.collaborativeId() == collaborativeId && !e.community())
                .sorted(Comparator.comparing(EventSummary::start)).toList();
        showSessions();
        recording.setItems(library.resources(List.of(ResourceKind.RECORDING), "", 0, 500));
    }

    /** One session each for "a session"; one entry per series, its first session, for "a series". */
    private void showSessions() {
        EventSummary chosen = event.getValue();
        if (linkKind.getValue() == ActivityLink.Kind.SERIES) {
            Map<Long, EventSummary> firstOfSeries = new LinkedHashMap<>();
            sessions.stream().filter(e -> e.seriesId() != null).forEach(e -> firstOfSeries.putIfAbsent(e.seriesId(), e));
            event.setItems(List.copyOf(firstOfSeries.values()));
            event.setLabel("Series");
            if (chosen != null && chosen.seriesId() != null) {
                event.setValue(firstOfSeries.get(chosen.seriesId()));
            }
        } else {
            event.setItems(sessions);
            event.setLabel("Session");
            if (chosen != null && sessions.contains(chosen)) {
                event.setValue(chosen);
            }
        }
    }

    private String eventLabel(EventSummary summary) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                .format(summary.start());
        if (linkKind.getValue() == ActivityLink.Kind.SERIES && summary.seriesId() != null) {
            long count = sessions.stream().filter(e -> summary.seriesId().equals(e.seriesId())).count();
            return summary.title() + " \u00b7 " + count + " sessions from " + date;
        }
        return summary.title() + " \u00b7 " + date + (summary.seriesId() == null ? "" : " (series)");
    }

    private void fill(ActivityDetails details) {
        generatedDesignation = "";
        title.setValue(details.title());
        linkKind.setValue(details.link() == null ? ActivityLink.Kind.EVENT : details.link().kind());
        provider.setValue(details.provider() == null ? "" : details.provider());
        accreditation.setValue(details.accreditationStatement());
        offered.setValue(details.offers().keySet());
        details.offers().forEach((type, hours) -> maxHours.get(type).setValue(hours));
        designation.setValue(details.designationStatement());
        generatedDesignation = ActivityDetails.defaultDesignationStatement(details.provider(),
                linkKind.getValue(), designatedMost(linkKind.getValue(), details.offers()));
        disclosures.setValue(String.join("\n", details.disclosures()));
        claimWindowDays.setValue(details.claimWindowDays());
        evaluationItems.clear();
        evaluationItems.addAll(details.evaluation());
        showEvaluation();
        showPicker();
    }

    private void selectLinked(ActivityLink link) {
        if (link.kind() == ActivityLink.Kind.QI_PROJECT) {
            return;
        }
        if (link.kind() == ActivityLink.Kind.ENDURING) {
            recording.getListDataView().getItems().filter(r -> r.id() == link.id()).findFirst()
                    .ifPresent(recording::setValue);
        } else {
            Long series = sessions.stream().filter(e -> e.id() == link.id()).map(EventSummary::seriesId)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            event.getListDataView().getItems().filter(e -> e.id() == link.id()
                    || link.kind() == ActivityLink.Kind.SERIES && series != null && series.equals(e.seriesId()))
                    .findFirst().ifPresent(event::setValue);
        }
    }

    private void showPicker() {
        ActivityLink.Kind kind = linkKind.getValue();
        recording.setVisible(kind == ActivityLink.Kind.ENDURING);
        event.setVisible(kind == ActivityLink.Kind.EVENT || kind == ActivityLink.Kind.SERIES);
        showSessions();
    }

    private void showEvaluation() {
        evaluationList.removeAll();
        for (EvaluationItem item : List.copyOf(evaluationItems)) {
            Span kind = new Span(item.kind() == EvaluationItem.Kind.LIKERT ? "Rated 1\u20135" : "In words");
            kind.addClassName("muted");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                evaluationItems.remove(item);
                showEvaluation();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove \u201c" + item.text() + "\u201d");
            Div row = new Div(new Span(item.text()), kind, remove);
            row.addClassName("ce-evaluation-item");
            evaluationList.add(row);
        }
    }

    private ActivityDetails details() {
        ActivityLink.Kind kind = linkKind.getValue();
        ActivityLink link = null;
        if (kind == ActivityLink.Kind.QI_PROJECT) {
            link = new ActivityLink(kind, collaborativeId);
        } else if (kind == ActivityLink.Kind.ENDURING && recording.getValue() != null) {
            link = new ActivityLink(kind, recording.getValue().id());
        } else if (kind != null && kind != ActivityLink.Kind.ENDURING && event.getValue() != null) {
            link = new ActivityLink(kind, event.getValue().id());
        }
        Map<CreditType, BigDecimal> offers = new EnumMap<>(CreditType.class);
        offered.getValue().forEach(type -> offers.put(type, maxHours.get(type).getValue()));
        List<String> lines = Arrays.stream(disclosures.getValue().split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new ActivityDetails(collaborativeId, title.getValue(), link, provider.getValue(), offers,
                accreditation.getValue(), designation.getValue(), lines,
                claimWindowDays.getValue() == null ? 0 : claimWindowDays.getValue(), evaluationItems);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("link", switch (linkKind.getValue()) {
            case ENDURING -> recording;
            case QI_PROJECT -> linkKind;
            case null, default -> event;
        });
        fields.put("provider", provider);
        fields.put("offers", offered);
        fields.put("accreditationStatement", accreditation);
        fields.put("designationStatement", designation);
        fields.put("disclosures", disclosures);
        fields.put("claimWindowDays", claimWindowDays);
        fields.put("evaluation", newItem);
        return fields;
    }

    private void save() {
        Map<String, HasValidation> fields = fields();
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            ActivityDetails details = details();
            if (activityId == null) {
                long id = activities.create(details);
                FieldErrors.Notifications.success("Activity saved.");
                getUI().ifPresent(ui -> ui.navigate(ActivityFormView.class,
                        new RouteParameters("activityId", String.valueOf(id))));
            } else {
                activities.update(activityId, details);
                header.setTitle(details.title());
                FieldErrors.Notifications.success("Activity saved.");
            }
        });
    }

    private void extend() {
        Map<String, HasValidation> fields = Map.of("newEnd", newEnd, "reason", reason);
        FieldErrors.clear(fields);
        attendee.setInvalid(false);
        if (attendee.getValue() == null) {
            FieldErrors.mark(attendee, "Choose someone who attended.");
            return;
        }
        LocalDate until = newEnd.getValue();
        Instant end = until == null ? null : until.atTime(LocalTime.MAX).atZone(zone).toInstant();
        FieldErrors.submit(fields, () -> {
            activities.extendWindow(activityId, attendee.getValue().personId(), end, reason.getValue());
            FieldErrors.Notifications.success("Claim window extended for " + attendee.getValue().name() + ".");
            attendee.clear();
            newEnd.clear();
            reason.clear();
            refreshExtensions();
        });
    }

    private void refreshExtensions() {
        extensionsSection.setVisible(true);
        attendee.setItems(activities.attendees(activityId));
        List<WindowExtensionRecord> granted = activities.extensions(activityId);
        extensions.setItems(granted);
        extensions.setVisible(!granted.isEmpty());
    }
}
