package org.allteach.credits;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Audience;
import org.allteach.calendar.CalendarFilter;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.EventSummary;
import org.allteach.calendar.Events;
import org.allteach.calendar.Frequency;
import org.allteach.calendar.Recurrence;
import org.allteach.identity.Accounts;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.QueryCounter;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** From the calendar's attendance to a claim: activities, evaluation, the claim window and its extensions. */
class CreditClaimsTest extends IntegrationTestBase {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    Events events;

    @Autowired
    Attendance attendance;

    @Autowired
    CreditActivities activities;

    @Autowired
    CreditClaims claims;

    @Autowired
    Accounts accounts;

    @Autowired
    Library library;

    @Autowired
    JdbcTemplate jdbc;

    CreditFixtures fixtures;
    CreditFixtures.Planned planned;
    Scenario s;
    long session;
    long activity;

    /** A 90-minute learning session two hours from now, offering 1.5 AMA PRA Category 1 credits. */
    @BeforeEach
    void planActivity() {
        fixtures = new CreditFixtures(scenarios, actingAs, clock, events, attendance, activities, claims, accounts);
        planned = fixtures.plan();
        s = planned.scenario();
        session = planned.sessionId();
        activity = planned.activityId();
    }

    ActivityDetails details(long eventId) {
        return CreditFixtures.details(s.collaborativeId(), eventId);
    }

    void attend(int minutes) {
        fixtures.attend(planned, minutes);
    }

    void evaluate() {
        fixtures.evaluate(planned);
    }

    @Test
    void attendanceRecordedByTheCalendarOpensTheClaimWindow() {
        attend(60);

        ClaimableActivity mine = as(s.participantA(), () -> claims.myActivities()).getFirst();

        assertThat(mine.activityId()).isEqualTo(activity);
        assertThat(mine.minutesAttended()).isEqualTo(60);
        assertThat(mine.windowOpen()).isTrue();
        assertThat(mine.windowEnd()).isCloseTo(clock.instant().plus(Duration.ofDays(30)), within(5, ChronoUnit.SECONDS));
        assertThat(mine.evaluated()).isFalse();
        assertThat(mine.claimable()).containsEntry(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.00"));
        assertThat(as(s.participantB(), () -> claims.myActivities())).isEmpty();
    }

    @Test
    void aParticipantEvaluatesAndClaimsAtMostTheTimeAttended() {
        attend(60);
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.claim(activity, CreditType.AMA_PRA_CATEGORY_1,
                BigDecimal.ONE))).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(
                invalid.fieldErrors()).containsEntry("claim", "Complete the evaluation before claiming credit."));
        evaluate();

        assertThatThrownBy(() -> as(s.participantA(), () -> claims.claim(activity, CreditType.AMA_PRA_CATEGORY_1,
                new BigDecimal("1.25")))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.claim(activity, CreditType.PARTICIPATION,
                BigDecimal.ONE))).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(
                invalid.fieldErrors()).containsEntry("creditType", "This activity offers credit for a physician; "
                + "claim that instead of a certificate of participation."));
        as(s.participantA(), () -> claims.claim(activity, CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE));

        ClaimableActivity mine = as(s.participantA(), () -> claims.myActivity(activity));
        assertThat(mine.claimed()).containsOnlyKeys(CreditType.AMA_PRA_CATEGORY_1);
        assertThat(mine.claimable()).doesNotContainKey(CreditType.AMA_PRA_CATEGORY_1);
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.claim(activity, CreditType.AMA_PRA_CATEGORY_1,
                BigDecimal.ONE))).isInstanceOf(InvalidInput.class);
        as(s.organiser(), () -> attendance.markPresent(session, s.participantB().id(), 30));
        assertThat(as(s.organiser(), () -> activities.tallies(s.collaborativeId())))
                .containsExactly(Map.entry(activity, new ActivityTally(activity, 2, 1)));
        assertThat(as(s.organiser(), () -> activities.attendees(activity)))
                .extracting(CreditActivities.Attendee::claimed).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void aClosedWindowOpensAgainOnlyByAnOrganisersRecordedExtension() {
        attend(90);
        evaluate();
        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.claim(activity, CreditType.AMA_PRA_CATEGORY_1,
                BigDecimal.ONE))).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(
                invalid.fieldErrors()).containsEntry("claim",
                "The claim window closed. Ask the organisers to extend it for you."));
        assertThatThrownBy(() -> as(s.coachA(), () -> activities.extendWindow(activity, s.participantA().id(),
                clock.instant().plus(Duration.ofDays(7)), "Unwell"))).isInstanceOf(AccessDeniedException.class);

        Instant newEnd = clock.instant().plus(Duration.ofDays(7));
        as(s.organiser(), () -> activities.extendWindow(activity, s.participantA().id(), newEnd,
                "Unwell during the claim window"));

        as(s.participantA(), () -> claims.claim(activity, CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5")));
        WindowExtensionRecord record = as(s.organiser(), () -> activities.extensions(activity)).getFirst();
        assertThat(record.reason()).isEqualTo("Unwell during the claim window");
        assertThat(record.newEnd()).isCloseTo(newEnd, within(1, ChronoUnit.MILLIS));
        assertThat(record.extendedByName()).isEqualTo(s.organiser().name());
    }

    @Test
    void aClaimIssuesACertificateThatAnyoneCanVerifyButOnlyItsOwnerDownloads() throws Exception {
        // Fourteen hours ahead of UTC: the session's day where it was held is the certificate's, not the learner's.
        as(s.participantA(), () -> accounts.updateMyProfile(s.participantA().name(), ZoneId.of("Pacific/Kiritimati"),
                Locale.US));
        attend(90);
        evaluate();
        long certificate = as(s.participantA(), () -> claims.claim(activity, CreditType.AMA_PRA_CATEGORY_1,
                new BigDecimal("1.5")));
        ClaimedCredit credit = as(s.participantA(), () -> claims.myCredits()).getFirst();

        String text;
        try (PDDocument pdf = Loader.loadPDF(as(s.participantA(), () -> claims.myCertificatePdf(certificate)))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(s.participantA().name()).contains("1.5").contains(credit.verificationCode());

        Verification valid = claims.verify(credit.verificationCode().toLowerCase()).orElseThrow();
        assertThat(valid.learnerName()).isEqualTo(s.participantA().name() + ", MD");
        assertThat(valid.hours()).isEqualByComparingTo("1.5");
        assertThat(valid.creditTypeLabel()).isEqualTo("AMA PRA Category 1 Credit\u2122");
        Instant held = as(s.organiser(), () -> events.event(session)).summary().start();
        assertThat(valid.activityDates()).containsExactly(LocalDate.ofInstant(held, NEW_YORK));
        assertThat(claims.verify("AT-7K3Q-9XPM-2D")).isEmpty();
        assertThat(claims.verify("not a code")).isEmpty();

        assertThatThrownBy(() -> as(s.participantB(), () -> claims.myCertificatePdf(certificate)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as(s.participantB(), () -> claims.myCredits())).isEmpty();
        assertThat(as(s.participantB(), () -> claims.myTranscriptCsv())).doesNotContain(credit.verificationCode());
        assertThat(as(s.participantA(), () -> claims.myTranscriptCsv())).contains(credit.verificationCode());
    }

    @Test
    void removedAttendanceNoLongerCountsUnlessClaimed() {
        attend(60);
        as(s.organiser(), () -> attendance.remove(session, s.participantA().id()));

        assertThat(as(s.participantA(), () -> claims.myActivities())).isEmpty();
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.evaluationForm(activity)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void onlyOrganisersPlanActivitiesAndTheStatementsNeedTheirPlaceholdersFilled() {
        assertThatThrownBy(() -> as(s.participantA(), () -> activities.create(details(session))))
                .isInstanceOf(AccessDeniedException.class);
        ActivityDetails start = ActivityDetails.startingPoint(s.collaborativeId(), "");
        assertThat(start.designationStatement()).contains("[Provider] designates this live activity for a maximum of"
                + " [N] AMA PRA Category 1 Credits\u2122");

        assertThatThrownBy(() -> as(s.organiser(), () -> activities.create(start)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("title", "link", "provider", "offers", "designationStatement"));
        assertThat(as(s.organiser(), () -> activities.activity(activity)).linkedTitle())
                .isEqualTo("Learning Session 2: REaL data");
    }

    @Test
    void aRecordingIsAttestedByMembersOfItsCollaborativeAndThenClaimedLikeASession() {
        long recording = as(s.organiser(), () -> library.add(new ResourceDetails(s.collaborativeId(),
                ResourceKind.RECORDING, "Learning Session 1 recording", "", null, List.of(), 2026, null,
                "https://video.example.org/ls1", Visibility.COLLABORATIVE, null), null, null));
        ActivityDetails start = ActivityDetails.startingPoint(s.collaborativeId(), "Lakeside Health CME");
        long enduring = as(s.organiser(), () -> activities.create(new ActivityDetails(s.collaborativeId(),
                "Learning Session 1 (recording)", new ActivityLink(ActivityLink.Kind.ENDURING, recording),
                start.provider(), Map.of(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1")),
                start.accreditationStatement(), ActivityDetails.defaultDesignationStatement("Lakeside Health CME",
                ActivityLink.Kind.ENDURING, BigDecimal.ONE), List.of(), 30, start.evaluation())));
        Scenario other = scenarios.create();

        assertThat(as(s.participantA(), () -> claims.recordingsToAttest())).singleElement()
                .isEqualTo(new RecordingToAttest(enduring, "Learning Session 1 (recording)", recording, 60));
        assertThat(as(other.participantA(), () -> claims.recordingsToAttest())).isEmpty();
        assertThatThrownBy(() -> as(other.participantA(), () -> claims.attestCompletion(enduring, 30)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(other.participantA(), () -> claims.myActivity(enduring)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.attestCompletion(activity, 30)))
                .as("a live session's attendance is recorded by its host").isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.attestCompletion(enduring, 61)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("minutes", "Enter the minutes you spent, at most 60."));

        as(s.participantA(), () -> claims.attestCompletion(enduring, 45));

        assertThat(as(s.participantA(), () -> claims.recordingsToAttest())).isEmpty();
        ClaimableActivity attested = as(s.participantA(), () -> claims.myActivity(enduring));
        assertThat(attested.enduring()).isTrue();
        assertThat(attested.windowOpen()).isTrue();
        assertThat(attested.claimable()).containsEntry(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("0.75"));
        assertThat(as(s.participantA(), () -> claims.myActivities())).extracting(ClaimableActivity::activityId)
                .contains(enduring);
    }

    @Test
    void myActivitiesReadsTheSameNumberOfQueriesForOneActivityOrFour() {
        attend(60);
        long one = QueryCounter.count(() -> assertThat(as(s.participantA(), () -> claims.myActivities()))
                .hasSize(1));
        for (int i = 0; i < 3; i++) {
            long more = as(s.organiser(), () -> activities.create(details(session)));
            as(s.organiser(), () -> activities.extendWindow(more, s.participantA().id(),
                    clock.instant().plus(Duration.ofDays(60)), "Travelling"));
        }
        evaluate();

        long four = QueryCounter.count(() -> assertThat(as(s.participantA(), () -> claims.myActivities()))
                .hasSize(4));
        assertThat(four).isEqualTo(one);
    }

    @Test
    void anActivityPlannedAfterTheSessionCountsTheAttendanceAlreadyRecordedAndThenKeepsItsLink() {
        attend(60);
        long planned = as(s.organiser(), () -> activities.create(details(session)));

        ClaimableActivity late = as(s.participantA(), () -> claims.myActivity(planned));
        assertThat(late.minutesAttended()).isEqualTo(60);
        assertThat(late.windowOpen()).isTrue();

        LocalDateTime start = ZonedDateTime.now(clock.withZone(NEW_YORK)).plusDays(1).truncatedTo(ChronoUnit.MINUTES)
                .toLocalDateTime();
        long other = as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.WEBINAR,
                "Webinar", "", start, start.plusHours(1), NEW_YORK, "https://zoom.example.org/j/9", null,
                Audience.COLLABORATIVE, Set.of(), null, List.of()), null));
        assertThatThrownBy(() -> as(s.organiser(), () -> activities.update(planned, details(other))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("link"));
    }

    @Test
    void answersSurviveAnEditAndAnAnsweredFormKeepsItsItems() {
        attend(60);
        evaluate();
        ActivityDetails before = as(s.organiser(), () -> activities.activity(activity)).details();
        ActivityDetails retitled = new ActivityDetails(before.collaborativeId(), "Learning Session 2 (REaL data)",
                before.link(), before.provider(), before.offers(), before.accreditationStatement(),
                before.designationStatement(), before.disclosures(), before.claimWindowDays(), before.evaluation());

        as(s.organiser(), () -> activities.update(activity, retitled));

        assertThat(answerCount()).as("every item was answered").isEqualTo(before.evaluation().size());
        List<EvaluationItem> fewer = before.evaluation().subList(1, before.evaluation().size());
        assertThatThrownBy(() -> as(s.organiser(), () -> activities.update(activity, new ActivityDetails(
                before.collaborativeId(), before.title(), before.link(), before.provider(), before.offers(),
                before.accreditationStatement(), before.designationStatement(), before.disclosures(),
                before.claimWindowDays(), fewer)))).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.fieldErrors()).containsKey("evaluation"));
    }

    long answerCount() {
        return jdbc.queryForObject("select count(*) from credit_evaluation_answer a join credit_evaluation_question q"
                + " on q.id = a.question_id where q.activity_id = ?", Long.class, activity);
    }

    @Test
    void aSeriesIsClaimedAgainForTheSessionsAttendedSinceTheLastClaimUpToItsMaximum() throws Exception {
        LocalDateTime start = ZonedDateTime.now(clock.withZone(NEW_YORK)).plusHours(2).truncatedTo(ChronoUnit.MINUTES)
                .toLocalDateTime();
        as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.WEBINAR,
                "Weekly webinar", "", start, start.plusHours(1), NEW_YORK, "https://zoom.example.org/j/7", null,
                Audience.COLLABORATIVE, Set.of(), null, List.of()), Recurrence.times(Frequency.WEEKLY, 3)));
        List<Long> sessions = as(s.organiser(), () -> events.between(clock.instant(),
                clock.instant().plus(Duration.ofDays(20)), CalendarFilter.EVERYTHING)).stream()
                .filter(e -> e.title().equals("Weekly webinar")).map(EventSummary::id).toList();
        ActivityDetails start1 = details(sessions.getFirst());
        long series = as(s.organiser(), () -> activities.create(new ActivityDetails(s.collaborativeId(),
                "Weekly webinars", new ActivityLink(ActivityLink.Kind.SERIES, sessions.getFirst()),
                start1.provider(), Map.of(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("2.5")),
                start1.accreditationStatement(), ActivityDetails.defaultDesignationStatement("Lakeside Health CME",
                ActivityLink.Kind.SERIES, new BigDecimal("2.5")), List.of(), 30, start1.evaluation())));
        clock.advance(Duration.ofMinutes(210));
        as(s.organiser(), () -> attendance.markPresent(sessions.get(0), s.participantA().id(), null));
        fixtures.evaluate(new CreditFixtures.Planned(s, sessions.getFirst(), series));
        as(s.participantA(), () -> claims.claim(series, CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE));
        assertThat(as(s.participantA(), () -> claims.myActivity(series)).claimable()).isEmpty();

        clock.advance(Duration.ofDays(7));
        as(s.organiser(), () -> attendance.markPresent(sessions.get(1), s.participantA().id(), null));

        ClaimableActivity second = as(s.participantA(), () -> claims.myActivity(series));
        assertThat(second.claimable()).containsEntry(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.00"));
        assertThat(second.claimed()).containsEntry(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.00"));
        assertThatThrownBy(() -> as(s.participantA(), () -> claims.claim(series, CreditType.AMA_PRA_CATEGORY_1,
                new BigDecimal("1.25")))).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(
                invalid.fieldErrors()).containsEntry("hours", "You have claimed 1 hours before: claim at most 1 more."));
        long topUp = as(s.participantA(), () -> claims.claim(series, CreditType.AMA_PRA_CATEGORY_1, BigDecimal.ONE));

        String code = as(s.participantA(), () -> claims.myCredits()).stream()
                .filter(credit -> credit.certificateId() == topUp).findFirst().orElseThrow().verificationCode();
        assertThat(claims.verify(code).orElseThrow().activityDates()).as("the second certificate is for the second session")
                .hasSize(1).allSatisfy(date -> assertThat(date).isAfter(LocalDate.now(clock.withZone(NEW_YORK))
                        .minusDays(2)));
        assertThat(as(s.participantA(), () -> claims.myCredits())).hasSize(2);
    }
}
