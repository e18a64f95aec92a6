package org.allteach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.allteach.shared.ics.Ics;
import org.allteach.shared.ics.IcsEvent;
import org.allteach.shared.ics.IcsMethod;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Invitations reach mail clients the way calendar programs send them, and other files arrive as attachments. */
class CalendarInvitationMailTest extends IntegrationTestBase {

    private static final Instant START = Instant.parse("2026-11-03T15:00:00Z");

    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anInvitationIsACalendarAlternativeOfTheBodyAndAnIcsAttachment() throws Exception {
        String to = "invited." + Scenarios.unique() + "@example.org";
        String ics = Ics.calendar(IcsMethod.REQUEST, null, List.of(call("Coaching call: spread, run charts")));
        queue(ScheduledMailTest.email(to).withAttachment(Email.Attachment.calendar("invitation.ics",
                IcsMethod.REQUEST, ics)));

        MimeMessage message = TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20)).getFirst();

        assertThat(message.isMimeType("multipart/mixed")).isTrue();
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart body = mixed.getBodyPart(0);
        assertThat(body.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart alternatives = (MimeMultipart) body.getContent();
        assertThat(alternatives.getCount()).isEqualTo(3);
        assertThat(alternatives.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternatives.getBodyPart(1).isMimeType("text/html")).isTrue();
        BodyPart inline = alternatives.getBodyPart(2);
        assertInvitation(inline);
        assertThat(inline.getDisposition()).isNull();

        BodyPart file = mixed.getBodyPart(1);
        assertInvitation(file);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("invitation.ics");
        assertThat(new ContentType(file.getContentType()).getParameter("name")).isEqualTo("invitation.ics");
    }

    @Test
    void aCancellationIsSentWithMethodCancel() throws Exception {
        String to = "call-off." + Scenarios.unique() + "@example.org";
        String ics = Ics.calendar(IcsMethod.CANCEL, null, List.of(call("Coaching call")));
        queue(ScheduledMailTest.email(to).withAttachment(Email.Attachment.calendar("cancel.ics", IcsMethod.CANCEL,
                ics)));

        MimeMessage message = TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20)).getFirst();

        BodyPart file = ((MimeMultipart) message.getContent()).getBodyPart(1);
        assertThat(new ContentType(file.getContentType()).getParameter("method")).isEqualTo("CANCEL");
        Calendar calendar = parse(file.getInputStream());
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(((VEvent) calendar.getComponent("VEVENT").orElseThrow()).getProperty("STATUS").orElseThrow()
                .getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void otherFilesAreAttachmentsOnly() throws Exception {
        String to = "csv." + Scenarios.unique() + "@example.org";
        byte[] csv = "team,attended\nNorth,yes\n".getBytes(StandardCharsets.UTF_8);
        queue(ScheduledMailTest.email(to).withAttachment(new Email.Attachment("attendance.csv", "text/csv", csv)));

        MimeMessage message = TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(20)).getFirst();

        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertThat(((MimeMultipart) mixed.getBodyPart(0).getContent()).getCount()).isEqualTo(2);
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.isMimeType("text/csv")).isTrue();
        assertThat(file.getFileName()).isEqualTo("attendance.csv");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(csv);
    }

    private static void assertInvitation(BodyPart part) throws Exception {
        ContentType type = new ContentType(part.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/calendar");
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        Calendar calendar = parse(part.getInputStream());
        assertThat(calendar.validate().getEntries()).isEmpty();
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Coaching call: spread, run charts");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("booking-7@allteach.test");
    }

    private static Calendar parse(InputStream ics) throws Exception {
        byte[] bytes = ics.readAllBytes();
        return new CalendarBuilder().build(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8));
    }

    private static IcsEvent call(String title) {
        return new IcsEvent("booking-7@allteach.test", 0, START, START.plus(Duration.ofMinutes(30)), title,
                "Agenda: our last PDSA cycle", "https://meet.example.org/abc", "http://localhost:8080/coaching/7",
                new IcsEvent.Person("Coach Anna", "anna@example.org"),
                List.of(new IcsEvent.Person("Lead Ben", "ben@example.org")), IcsEvent.Status.CONFIRMED,
                START.minus(Duration.ofDays(3)));
    }

    private void queue(Email email) {
        transactions.execute(tx -> outbox.queue(email));
    }
}
