package org.allteach.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.identity.ActingAs;
import org.allteach.measures.Dimension;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.MonthValues;
import org.allteach.measures.Strata;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.springframework.stereotype.Component;

/**
 * Measures for the demo: HbA1c control and HbA1c testing for every team, stratified by preferred language. Southside
 * has reported every month since the collaborative began: control for Spanish speakers lifts in July, when its
 * promotora education reaches all of them ({@link DemoPdsa}), and keeps rising, so the gap with English speakers
 * closes. Its last month is left for Rosa to enter.
 */
@Component
class DemoMeasures {

    private final Measures measures;
    private final MeasureData data;
    private final Strata strata;
    private final Teams teams;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoMeasures(Measures measures, MeasureData data, Strata strata, Teams teams, ActingAs actingAs, Clock clock) {
        this.measures = measures;
        this.data = data;
        this.strata = strata;
        this.teams = teams;
        this.actingAs = actingAs;
        this.clock = clock;
    }

    void load(long collaborativeId, Map<String, Long> people) {
        long dana = people.get(DemoCollaborative.ORGANISER.name());
        Set<Long> allTeams = Set.copyOf(actingAs.call(dana, () -> teams.teamRefs(collaborativeId)).stream()
                .map(TeamRef::id).toList());
        long southside = actingAs.call(dana, () -> teams.teamRefs(collaborativeId)).stream()
                .filter(t -> t.name().equals("Southside Chicago Partnership")).findFirst().orElseThrow().id();
        Dimension language = actingAs.call(dana, () -> strata.dimensions(collaborativeId)).stream()
                .filter(d -> d.name().equals("Preferred language")).findFirst().orElseThrow();
        long control = actingAs.call(dana, () -> measures.create(new MeasureDetails(collaborativeId,
                "HbA1c under 8%", MeasureType.OUTCOME, DataKind.PROPORTION, null, null, """
                Denominator: patients 18-75 with type 1 or 2 diabetes and at least one visit in the last 12 months. \
                Numerator: those whose most recent HbA1c is below 8.0%. Source: the clinic's EHR diabetes registry, \
                run on the first working day of the month.""", Direction.UP, new BigDecimal("0.65"), 12, allTeams,
                Set.of(language.id()))));
        actingAs.run(dana, () -> measures.create(new MeasureDetails(collaborativeId, "HbA1c tested in 6 months",
                MeasureType.PROCESS, DataKind.PROPORTION, null, null, """
                Denominator: patients 18-75 with diabetes seen in the month. Numerator: those with an HbA1c result \
                in the 6 months before the visit. Source: EHR registry.""", Direction.UP, new BigDecimal("0.9"), 12,
                allTeams, Set.of(language.id()))));
        long english = category(language, "English");
        long spanish = category(language, "Spanish");
        long other = category(language, "Other");
        long unknown = category(language, "Unknown or declined");
        YearMonth first = YearMonth.from(DemoCollaborative.DETAILS.startDate());
        YearMonth lastComplete = lastReported(clock);
        long rosa = people.get("Rosa Martinez");
        int month = 0;
        for (YearMonth m = first; !m.isAfter(lastComplete); m = m.plusMonths(1), month++) {
            // English speakers hold at about 54%. Spanish speakers, at about 40%, lift to 46% in July (month 4), when
            // the promotora sessions are open to all of them, then gain a point or two a month for half a year.
            int englishControlled = 118 + month % 3 + Math.min(month, 9) / 4;
            int spanishControlled = month < 4 ? 38 + month % 2 : 44 + 2 * Math.min(month - 4, 6) + month % 2;
            Map<Long, MonthValues.Entry> byLanguage = new HashMap<>();
            byLanguage.put(english, MonthValues.Entry.ratio(englishControlled, 220));
            byLanguage.put(spanish, MonthValues.Entry.ratio(spanishControlled, 96));
            byLanguage.put(other, MonthValues.Entry.ratio(4, 9));
            byLanguage.put(unknown, MonthValues.Entry.ratio(3, 6));
            MonthValues values = new MonthValues(MonthValues.Entry.ratio(englishControlled + spanishControlled + 7,
                    331), byLanguage, false);
            YearMonth reported = m;
            actingAs.run(rosa, () -> data.record(control, southside, reported, values));
        }
    }

    /** The last month Southside has reported; the month after it is Rosa's to enter. */
    static YearMonth lastReported(Clock clock) {
        return YearMonth.now(clock).minusMonths(2);
    }

    private static long category(Dimension dimension, String label) {
        return dimension.categories().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().id();
    }
}
