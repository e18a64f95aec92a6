package org.allteach.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.PhaseKind;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.DiscussionTestSupport;
import org.allteach.discussion.Reaction;
import org.allteach.discussion.SpaceOverview;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.measures.MeasureCharts;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.MonthValues;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.pdsa.CycleDetails;
import org.allteach.pdsa.Pdsa;
import org.allteach.pdsa.PdsaComments;
import org.allteach.shared.ReadOnlyArchive;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Closing a collaborative: nothing is deleted (every table counts the same rows before and after), its members become
 * alumni, and its spaces, measures, PDSA cycles and calendar are archives that still read but refuse every change.
 */
class ClosingACollaborativeTest extends DiscussionTestSupport {

    /** Tables that change by themselves, whatever a test does (migrations, the event publication log). */
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "event_publication");

    @Autowired
    Collaboratives collaboratives;
    @Autowired
    CollaborativeAccess access;
    @Autowired
    Measures measures;
    @Autowired
    MeasureData data;
    @Autowired
    MeasureCharts charts;
    @Autowired
    Pdsa pdsa;
    @Autowired
    PdsaComments pdsaComments;
    @Autowired
    Events events;
    @Autowired
    Library library;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void closingDeletesNothingAndTurnsTheCollaborativeIntoAReadOnlyArchive() {
        createScenario();
        long category = openCategory(scenario.leadA(), CategoryKind.SUCCESSES);
        long thread = startThread(scenario.leadA(), category, "Pharmacist calls", "Calls within 48 hours worked.");
        long teamThread = startThread(scenario.participantA(), teamCategory(scenario.participantA(),
                scenario.teamAName(), CategoryKind.CHALLENGES), "No-shows", "Half our patients missed visits.");
        as(scenario.participantA(), () -> posting.reply(thread, "We saw the same.", null));
        long measure = as(scenario.organiser(), () -> measures.create(new MeasureDetails(scenario.collaborativeId(),
                "BP controlled", MeasureType.OUTCOME, DataKind.PROPORTION, null, null, "Adults with BP < 140/90.",
                Direction.UP, null, 12, Set.of(scenario.teamA()), Set.of())));
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        as(scenario.participantA(), () -> data.record(measure, scenario.teamA(), lastMonth,
                new MonthValues(MonthValues.Entry.ratio(30, 50), Map.of(), false)));
        long cycle = as(scenario.leadA(), () -> pdsa.plan(scenario.teamA(), CycleDetails.plan(null, null,
                "Pharmacist calls", "Call every patient within 48 hours.")));
        long session = as(scenario.organiser(), () -> events.create(new EventDetails(scenario.collaborativeId(),
                EventKind.LEARNING_SESSION, "Learning session 3", null, LocalDateTime.now().plusDays(20),
                LocalDateTime.now().plusDays(20).plusHours(2), ZoneId.of("America/Chicago"),
                "https://zoom.example.org/j/1", null, Audience.COLLABORATIVE, Set.of(), null, List.of()), null));
        long script = as(scenario.leadA(), () -> library.add(new ResourceDetails(scenario.collaborativeId(),
                ResourceKind.TOOL, "Call script", "Our script.", null, List.of(), null, null,
                "https://example.org/script", Visibility.COLLABORATIVE, null), null, null));
        assertThat(as(scenario.organiser(), () -> events.event(session)).mayEdit()).isTrue();
        Map<String, Long> before = rowCounts();

        as(scenario.organiser(), () -> collaboratives.close(scenario.collaborativeId()));

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(as(scenario.participantA(), () -> collaboratives.summary(scenario.collaborativeId())).status())
                .isEqualTo(CollaborativeStatus.ALUMNI);
        assertThat(as(scenario.participantA(), () -> access.isClosed(scenario.collaborativeId()))).isTrue();

        // spaces: still read, as archives
        assertThat(as(scenario.participantA(), discussions::mySpaces)).filteredOn(space -> space.name()
                        .equals(scenario.collaborativeName()) || space.name().equals(scenario.teamAName()))
                .hasSize(2).allMatch(SpaceOverview::readOnly);
        assertThat(as(scenario.participantA(), () -> discussions.posts(thread, 1, 10))).hasSize(2);
        assertThat(as(scenario.participantA(), () -> discussions.thread(teamThread)).mayReply()).isFalse();
        assertThat(as(scenario.leadA(), () -> discussions.category(category)).mayStartThread()).isFalse();
        assertThatThrownBy(() -> as(scenario.participantA(), () -> posting.reply(thread, "One more thing", null)))
                .isInstanceOf(ReadOnlyArchive.class).hasMessageContaining("archive");
        assertThatThrownBy(() -> startThread(scenario.leadA(), category, "After the end", "Hello?"))
                .isInstanceOf(ReadOnlyArchive.class);
        long firstPost = as(scenario.participantA(), () -> discussions.posts(thread, 1, 1)).getFirst().id();
        assertThatThrownBy(() -> as(scenario.participantA(), () -> posting.toggleReaction(firstPost, Reaction.LIKE)))
                .isInstanceOf(ReadOnlyArchive.class);
        assertThatThrownBy(() -> as(scenario.leadA(), () -> posting.edit(firstPost, "Edited later")))
                .isInstanceOf(ReadOnlyArchive.class);

        // measures: charts read, entry refused
        assertThat(as(scenario.coachA(), () -> charts.teamChart(measure, scenario.teamA(), Locale.US))).isNotNull();
        assertThat(as(scenario.participantA(), () -> data.month(measure, scenario.teamA(), lastMonth)).total()
                .numerator()).isEqualByComparingTo("30");
        assertThatThrownBy(() -> as(scenario.participantA(), () -> data.record(measure, scenario.teamA(),
                lastMonth.minusMonths(1), new MonthValues(MonthValues.Entry.ratio(1, 2), Map.of(), false))))
                .isInstanceOf(ReadOnlyArchive.class);

        // PDSA: cycles read, no changes or comments
        assertThat(as(scenario.leadA(), () -> pdsa.cycle(cycle)).mayWrite()).isFalse();
        assertThatThrownBy(() -> as(scenario.leadA(), () -> pdsa.start(cycle))).isInstanceOf(ReadOnlyArchive.class);
        assertThatThrownBy(() -> as(scenario.coachA(), () -> pdsaComments.comment(cycle, "Well done")))
                .isInstanceOf(ReadOnlyArchive.class);

        // calendar: the event reads, no RSVPs or new events; library: nothing added
        assertThat(as(scenario.participantA(), () -> events.event(session)).summary().title()).isEqualTo("Learning session 3");
        assertThatThrownBy(() -> as(scenario.participantA(), () -> events.respond(session, true)))
                .isInstanceOf(ReadOnlyArchive.class);
        assertThat(as(scenario.participantA(), () -> events.event(session)).mayRespond()).isFalse();
        assertThat(as(scenario.organiser(), () -> events.event(session)).mayEdit())
                .as("the event page offers no edit the service would refuse").isFalse();
        assertThat(as(scenario.organiser(), events::planningScopes))
                .as("nothing new is planned in an archive; its alumni host the community's events from it")
                .filteredOn(scope -> scope.collaborativeId() == scenario.collaborativeId())
                .singleElement().satisfies(scope -> {
                    assertThat(scope.kinds()).isEmpty();
                    assertThat(scope.audiences()).containsExactly(Audience.COMMUNITY);
                });
        assertThat(as(scenario.leadA(), () -> library.resource(script)).mayEdit()).isFalse();
        assertThatThrownBy(() -> as(scenario.leadA(), () -> library.add(new ResourceDetails(
                scenario.collaborativeId(), ResourceKind.TOOL, "Call script", "Our script.", null, List.of(), null,
                null, "https://example.org/script", Visibility.COLLABORATIVE, null), null, null)))
                .isInstanceOf(ReadOnlyArchive.class);

        // the collaborative itself: no new phases, teams or invitations; it stays closed
        assertThatThrownBy(() -> as(scenario.organiser(), () -> collaboratives.addPhase(scenario.collaborativeId(),
                PhaseKind.ACTION_PERIOD, LocalDate.now(), LocalDate.now().plusDays(3))))
                .isInstanceOf(ReadOnlyArchive.class);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void onlyOrganisersCloseAndTheyCloseOnce() {
        createScenario();

        assertThatThrownBy(() -> as(scenario.leadA(), () -> collaboratives.close(scenario.collaborativeId())))
                .isInstanceOf(AccessDeniedException.class);
        as(scenario.organiser(), () -> collaboratives.close(scenario.collaborativeId()));
        assertThatThrownBy(() -> as(scenario.organiser(), () -> collaboratives.close(scenario.collaborativeId())))
                .isInstanceOf(org.allteach.shared.InvalidInput.class).hasMessage("This collaborative is already closed.");
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'""", String.class);
        for (String table : tables) {
            if (!NOT_DATA.contains(table.toLowerCase(Locale.ROOT))) {
                counts.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
            }
        }
        return counts;
    }
}
