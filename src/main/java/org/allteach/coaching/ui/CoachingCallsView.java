package org.allteach.coaching.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.coaching.CallTimes;
import org.allteach.coaching.CoachingCall;
import org.allteach.coaching.CoachingCalls;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.allteach.shared.ui.PageHeader;

/**
 * "My coaching calls": the signed-in person's upcoming and past calls, as participant or as coach, in their own time
 * zone; organisers also see the upcoming calls of the collaboratives they organise.
 */
@Route("coaching")
@PageTitle("Coaching calls · AllTeach")
@Menu(order = 6, title = "Coaching calls", icon = "vaadin:calendar-user")
@PermitAll
@StyleSheet("context://styles/coaching.css")
class CoachingCallsView extends Main {

    private static final int LIMIT = 50;

    private final MarkdownRenderer markdown;

    CoachingCallsView(CoachingCalls calls, Collaboratives collaboratives, Accounts accounts,
                      MarkdownRenderer markdown) {
        this.markdown = markdown;
        addClassNames("page", "coaching-page");
        PersonProfile me = accounts.myProfile();
        ZoneId zone = me.timeZone();
        Locale locale = me.locale();
        boolean mayBook = !calls.myBookingChoices().isEmpty();
        Button book = new Button("Book a call", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(BookCallView.class)));
        book.addThemeVariants(ButtonVariant.PRIMARY);
        book.setVisible(mayBook);
        Paragraph lead = new Paragraph("One-on-one calls between coaches and the people they coach. Times are in your "
                + "time zone, " + CallTimes.zoneName(Instant.now(), zone, locale) + ".");
        lead.addClassName("page-lead");
        add(new PageHeader("Coaching calls", book), lead);

        List<CoachingCall> upcoming = calls.myUpcoming(LIMIT);
        add(section("Upcoming", upcoming, zone, locale, mayBook
                ? "No upcoming calls. Book one with your coach to talk through your next test of change."
                : "No upcoming calls."));
        List<CoachingCall> past = calls.myPast(LIMIT);
        if (!past.isEmpty()) {
            add(section("Past", past, zone, locale, null));
        }
        for (CollaborativeSummary organised : collaboratives.organisedByMe()) {
            add(section("Upcoming calls in " + organised.name(), calls.upcomingIn(organised.id(), LIMIT), zone,
                    locale, "No calls booked in this collaborative yet."));
        }
    }

    private Section section(String title, List<CoachingCall> calls, ZoneId zone, Locale locale,
                                   String whenEmpty) {
        Section section = new Section(new H2(title));
        section.addClassName("call-section");
        if (calls.isEmpty()) {
            Paragraph empty = new Paragraph(whenEmpty);
            empty.addClassName("muted");
            section.add(empty);
            return section;
        }
        Div list = new Div();
        list.addClassName("call-list");
        calls.forEach(call -> list.add(new CallCard(call, zone, locale, markdown::toPlainText)));
        section.add(list);
        return section;
    }

    /** For other pages of the feature that link back to the list. */
    static RouterLink backLink() {
        RouterLink back = new RouterLink("All coaching calls", CoachingCallsView.class);
        back.addClassName("back-link");
        return back;
    }
}
