package org.allteach.calendar.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.calendar.Attendance;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * Where attendees type the check-in code shown during a session. A link with {@code ?code=} fills it in (a QR code
 * on the host's slide can carry it), but checking in still takes the button.
 */
@Route(CheckInView.ROUTE)
@PageTitle("Check in · AllTeach")
@Menu(title = "Check in", order = 41, icon = "vaadin:check-square-o")
@StyleSheet("context://styles/attendance.css")
@PermitAll
class CheckInView extends Main implements BeforeEnterObserver {

    static final String ROUTE = "check-in";

    private final TextField code = new TextField("Check-in code");
    private final Div result = new Div();

    CheckInView(Attendance attendance, Accounts accounts) {
        PersonProfile me = accounts.myProfile();
        ZoneId zone = me.timeZone();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEEE d MMMM, h:mm a z", me.locale());
        addClassNames("page", "narrow-page", "check-in-page");
        Paragraph lead = new Paragraph("During a learning session, webinar or office hours, the host shows a short "
                + "code. Type it here to record that you attended; it counts for continuing-education credit.");
        lead.addClassName("page-lead");
        code.addClassName("check-in-field");
        code.setPlaceholder("ABC 123");
        code.setMaxLength(12);
        code.setAutofocus(true);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocomplete(Autocomplete.OFF);
        Button checkIn = new Button("Check in", VaadinIcon.CHECK.create());
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkIn.addClickShortcut(Key.ENTER);
        checkIn.addClickListener(click -> FieldErrors.submit(Map.of("code", code), () -> {
            Attendance.CheckedIn done = attendance.checkIn(code.getValue());
            result.removeAll();
            result.add(new Paragraph((done.alreadyRecorded() ? "You were already recorded at " : "You are checked in to ")
                    + "\"" + done.title() + "\" (" + when.format(done.start().atZone(zone)) + ")."),
                    new Anchor(EventView.path(done.eventId()), "Open the event"));
            result.setVisible(true);
            code.clear();
        }));
        result.addClassName("check-in-result");
        result.setVisible(false);
        Div form = new Div(code, checkIn);
        form.addClassName("check-in-form");
        add(new PageHeader("Check in"), lead, form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }
}
