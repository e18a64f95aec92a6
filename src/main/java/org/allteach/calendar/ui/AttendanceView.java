package org.allteach.calendar.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.PermitAll;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.AttendanceListRejected;
import org.allteach.calendar.AttendanceSheet;
import org.allteach.calendar.AttendanceSheet.Attendee;
import org.allteach.calendar.AttendanceSheet.CheckInState;
import org.allteach.collaborative.AudienceMember;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.ui.Downloads;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * The host's attendance page for one event: check-in with a code shown in the session, people marked present, an
 * attendance list imported from the video meeting, and the list to download.
 */
@Route("calendar/event/:eventId/attendance")
@StyleSheet("context://styles/attendance.css")
@PermitAll
class AttendanceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_LIST_BYTES = 1024 * 1024;

    static String path(long eventId) {
        return EventView.path(eventId) + "/attendance";
    }

    private final Attendance attendance;
    private final PublicLinks links;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final PageHeader header = new PageHeader("Attendance");
    private final Paragraph when = new Paragraph();
    private final Div checkInCard = new Div();
    private final Div expected = new Div();
    private final Grid<Attendee> attendees = new Grid<>();
    private final Span count = new Span();
    private final ComboBox<AudienceMember> person = new ComboBox<>("Member");
    private final IntegerField minutes = new IntegerField("Minutes (blank: the whole event)");
    private final Div importProblems = new Div();
    private final Upload upload = new Upload(this::receiveList);
    private final Anchor back = new Anchor("", "← Back to the event");
    private long eventId;
    private AttendanceSheet sheet;

    AttendanceView(Attendance attendance, Accounts accounts, PublicLinks links) {
        this.attendance = attendance;
        this.links = links;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        Locale locale = me.locale();
        this.dateTime = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mm a", locale);
        this.time = DateTimeFormatter.ofPattern("h:mm a z", locale);
        addClassNames("page", "attendance-page");
        when.addClassName("page-lead");
        checkInCard.addClassNames("attendance-card", "check-in-card");
        back.addClassName("attendance-back");
        add(back, header, when, checkInCard, markCard(), importCard(), expected, attendeesCard());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("eventId").orElse(-1L);
        back.setHref(EventView.path(eventId));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? "Attendance · AllTeach" : "Attendance · " + sheet.title() + " · AllTeach";
    }

    private void refresh() {
        sheet = attendance.sheet(eventId);
        header.setTitle("Attendance: " + sheet.title());
        when.setText(dateTime.format(sheet.start().atZone(zone)) + " – " + time.format(sheet.end().atZone(zone))
                + (sheet.cancelled() ? " · cancelled" : "") + " · " + sheet.eventMinutes() + " minutes");
        showCheckIn();
        showExpected();
        attendees.setItems(sheet.attendees());
        count.setText(sheet.attendees().size() == 1 ? "1 attendee" : sheet.attendees().size() + " attendees");
    }

    // ----- check-in

    private void showCheckIn() {
        checkInCard.removeAll();
        checkInCard.add(new H2("Check-in"));
        CheckInState checkIn = sheet.checkIn();
        if (checkIn != null && checkIn.open()) {
            Span code = new Span(spaced(checkIn.code()));
            code.addClassName("check-in-code");
            Paragraph how = new Paragraph("Show this code in the session. Attendees open \"Check in\" in AllTeach "
                    + "(or " + checkInAddress() + ") and type it. It works until "
                    + time.format(checkIn.closesAt().atZone(zone)) + ".");
            Button present = new Button("Show full screen", VaadinIcon.EXPAND_SQUARE.create(),
                    click -> presentCode(checkIn.code()));
            Button close = new Button("Close check-in", click -> {
                attendance.closeCheckIn(eventId);
                refresh();
            });
            Button newCode = new Button("New code", click -> openCheckIn());
            Div actions = new Div(present, newCode, close);
            actions.addClassName("attendance-actions");
            checkInCard.add(code, how, actions);
            return;
        }
        Paragraph state = new Paragraph(checkIn != null
                ? "Check-in closed at " + time.format(checkIn.closesAt().atZone(zone)) + "."
                : "Attendees check themselves in with a short code that you show during the session.");
        Button open = new Button(checkIn == null ? "Open check-in" : "Open check-in again", click -> openCheckIn());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setEnabled(sheet.mayOpenCheckIn());
        checkInCard.add(state, open);
        if (!sheet.mayOpenCheckIn()) {
            checkInCard.add(new Paragraph(sheet.cancelled() ? "The event was cancelled."
                    : sheet.start().isAfter(Instant.now())
                    ? "Check-in can be opened from an hour before the start."
                    : "The event is over: mark people present or import the attendance list below."));
        }
    }

    private void openCheckIn() {
        try {
            attendance.openCheckIn(eventId);
        } catch (InvalidInput refused) {
            FieldErrors.Notifications.error(refused.fieldErrors().values().iterator().next());
        }
        refresh();
    }

    private void presentCode(String code) {
        Dialog dialog = new Dialog();
        dialog.addClassName("check-in-present");
        dialog.setHeaderTitle(sheet.title());
        Span big = new Span(spaced(code));
        big.addClassName("check-in-code-large");
        dialog.add(new Paragraph("Check in at " + checkInAddress() + " with the code"), big);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.setSizeFull();
        dialog.open();
    }

    private String checkInAddress() {
        return links.to(CheckInView.ROUTE).replaceFirst("^https?://", "");
    }

    private static String spaced(String code) {
        return code.substring(0, 3) + " " + code.substring(3);
    }

    // ----- marking

    private Div markCard() {
        person.setItemLabelGenerator(member -> member.teamName() == null ? member.displayName()
                : member.displayName() + " · " + member.teamName());
        person.setItems(query -> attendance.candidates(eventId, query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        person.setPlaceholder("Type a name");
        minutes.setMin(1);
        minutes.setStepButtonsVisible(false);
        Button mark = new Button("Mark present", VaadinIcon.CHECK.create(), click -> {
            if (person.getValue() == null) {
                FieldErrors.mark(person, "Choose who attended.");
                return;
            }
            FieldErrors.submit(Map.of("person", person, "minutes", minutes), () -> {
                attendance.markPresent(eventId, person.getValue().personId(), minutes.getValue());
                FieldErrors.Notifications.success(person.getValue().displayName() + " is marked present.");
                person.clear();
                minutes.clear();
                refresh();
            });
        });
        Div fields = new Div(person, minutes, mark);
        fields.addClassName("attendance-fields");
        Div card = new Div(new H2("Mark someone present"), fields);
        card.addClassName("attendance-card");
        return card;
    }

    private void showExpected() {
        expected.removeAll();
        expected.setVisible(!sheet.goingNotRecorded().isEmpty());
        if (sheet.goingNotRecorded().isEmpty()) {
            return;
        }
        expected.addClassName("attendance-card");
        UnorderedList list = new UnorderedList();
        list.addClassName("expected-list");
        for (AttendanceSheet.Expected person : sheet.goingNotRecorded()) {
            Button mark = new Button("Present", click -> {
                try {
                    attendance.markPresent(eventId, person.personId(), null);
                } catch (InvalidInput refused) {
                    FieldErrors.Notifications.error(refused.fieldErrors().values().iterator().next());
                }
                refresh();
            });
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mark.setEnabled(sheet.mayRecord());
            mark.getElement().setAttribute("aria-label", "Mark " + person.name() + " present");
            list.add(new ListItem(new Span(person.name()), mark));
        }
        expected.add(new H2("Said they would come, not recorded yet"), list);
    }

    // ----- importing

    private Div importCard() {
        upload.setAcceptedFileExtensions(".csv", ".txt");
        upload.setI18n(new UploadI18N().setUploading(new UploadI18N.Uploading().setError(
                new UploadI18N.Uploading.Error().setForbidden("Not imported: see the problems below"))));
        upload.setMaxFileSize(MAX_LIST_BYTES);
        upload.setDropLabel(new Span("Drop the attendance list (CSV) here"));
        upload.getElement().addEventListener("file-reject", event -> showProblems("The file was not sent: "
                + event.getEventData().get("event.detail.error").asString()
                + ". Choose a CSV file of at most 1 MB.")).addEventData("event.detail.error");
        importProblems.addClassName("import-problems");
        importProblems.setVisible(false);
        Anchor template = new Anchor(Downloads.csv("attendance-template.csv", attendance::listTemplate),
                "Download a template");
        Paragraph help = new Paragraph("A CSV file whose first line names the columns: one called \"email\", and "
                + "\"minutes\" if you know how long each person stayed. Zoom and Teams attendance reports work as "
                + "they are. If any row has a problem, nothing is imported and every problem is listed.");
        Div card = new Div(new H2("Import an attendance list"), help, template, upload, importProblems);
        card.addClassName("attendance-card");
        return card;
    }

    /**
     * Imports in the upload's own request (so the upload shows as refused when nothing was imported), then shows the
     * outcome on the page.
     */
    private void receiveList(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(MAX_LIST_BYTES + 1);
        }
        if (content.length > MAX_LIST_BYTES) {
            event.reject("Too large");
            ui.access(() -> showProblems("The file is larger than 1 MB; an attendance list is much smaller."));
            return;
        }
        try {
            Attendance.ImportSummary summary = attendance.importList(eventId, new String(content,
                    StandardCharsets.UTF_8));
            ui.access(() -> {
                upload.clearFileList();
                importProblems.setVisible(false);
                FieldErrors.Notifications.success("Imported: " + summary.added() + " added, " + summary.replaced()
                        + " updated.");
                refresh();
            });
        } catch (AttendanceListRejected rejected) {
            event.reject("Not imported");
            ui.access(() -> {
                UnorderedList problems = new UnorderedList();
                rejected.problems().forEach(problem -> problems.add(new ListItem(
                        (problem.line() > 0 ? "Line " + problem.line() + ": " : "") + problem.message())));
                importProblems.removeAll();
                importProblems.add(new Paragraph("Nothing was imported. Fix these lines and import the file again:"),
                        problems);
                importProblems.setVisible(true);
            });
        } catch (InvalidInput refused) {
            event.reject("Not imported");
            ui.access(() -> showProblems(refused.fieldErrors().values().iterator().next()));
        }
    }

    private void showProblems(String message) {
        importProblems.removeAll();
        importProblems.add(new Paragraph(message));
        importProblems.setVisible(true);
    }

    // ----- attendees

    private Div attendeesCard() {
        attendees.addColumn(Attendee::name).setHeader("Name").setFlexGrow(2);
        attendees.addColumn(Attendee::email).setHeader("Email").setFlexGrow(2);
        attendees.addColumn(Attendee::minutes).setHeader("Minutes").setAutoWidth(true);
        attendees.addColumn(attendee -> attendee.source().label()).setHeader("Recorded as").setAutoWidth(true);
        attendees.addColumn(attendee -> time.format(attendee.recordedAt().atZone(zone))).setHeader("At")
                .setAutoWidth(true);
        attendees.addComponentColumn(attendee -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                attendance.remove(eventId, attendee.personId());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", "Remove " + attendee.name());
            remove.setTooltipText("Remove (recorded by mistake)");
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        attendees.setAllRowsVisible(true);
        attendees.setEmptyStateText("Nobody is recorded yet.");
        Anchor export = new Anchor(Downloads.csv("attendance.csv", () -> attendance.exportList(eventId)),
                "Download the list (CSV)");
        Div top = new Div(new H2("Attended"), count, export);
        top.addClassName("attendees-top");
        Div card = new Div(top, attendees);
        card.addClassName("attendance-card");
        return card;
    }
}
