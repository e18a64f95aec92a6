package org.allteach.measures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A team's CSV backfill: the template, the preview with every problem by line, all or nothing. */
class MeasureImportTest extends IntegrationTestBase {

    @Autowired
    Measures measures;

    @Autowired
    MeasureData data;

    @Autowired
    MeasureImport imports;

    @Autowired
    Strata strata;

    Scenario s;
    long screening;
    YearMonth lastMonth = YearMonth.now().minusMonths(1);
    YearMonth twoMonthsAgo = YearMonth.now().minusMonths(2);

    @BeforeEach
    void defineMeasure() {
        s = scenarios.create();
        long language = as(s.participantA(), () -> strata.dimensions(s.collaborativeId())).stream()
                .filter(d -> d.name().equals("Preferred language")).findFirst().orElseThrow().id();
        screening = as(s.organiser(), () -> measures.create(new MeasureDetails(s.collaborativeId(), "HbA1c tested",
                MeasureType.PROCESS, DataKind.PROPORTION, null, null, "Adults with diabetes seen this month with an "
                + "HbA1c in the last 6 months.", Direction.UP, null, 12, Set.of(s.teamA()), Set.of(language))));
    }

    String file(String spanishNumerator) {
        return "month,measure,group,numerator,denominator,value\r\n"
                + twoMonthsAgo + ",HbA1c tested,Total,40,60,\r\n"
                + lastMonth + ",HbA1c tested,Total,44,65,\r\n"
                + lastMonth + ",HbA1c tested,Preferred language: English,30,40,\r\n"
                + lastMonth + ",HbA1c tested,Preferred language: Spanish," + spanishNumerator + ",22,\r\n"
                + lastMonth + ",HbA1c tested,Preferred language: Other,2,3,\r\n"
                + lastMonth + ",HbA1c tested,Preferred language: Unknown or declined,0,0,\r\n";
    }

    @Test
    void theTemplateListsEveryMeasureAndGroupOfTheTeam() {
        String template = as(s.participantA(), () -> imports.template(s.teamA(), lastMonth));

        assertThat(template.lines()).containsExactly("month,measure,group,numerator,denominator,value",
                lastMonth + ",HbA1c tested,Total,,,",
                lastMonth + ",HbA1c tested,Preferred language: English,,,",
                lastMonth + ",HbA1c tested,Preferred language: Spanish,,,",
                lastMonth + ",HbA1c tested,Preferred language: Other,,,",
                lastMonth + ",HbA1c tested,Preferred language: Unknown or declined,,,");
    }

    @Test
    void oneBadRowIsShownWithItsLineAndNothingIsImported() {
        MeasureImport.Preview preview = as(s.participantA(), () -> imports.preview(s.teamA(), file("25")));

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).containsExactly(new MeasureImport.RowProblem(5,
                "The numerator (25) cannot be more than the denominator (22)."));
        assertThatThrownBy(() -> as(s.participantA(), () -> imports.importFile(s.teamA(), file("25"))))
                .isInstanceOfSatisfying(MeasureImport.ImportRejected.class, rejected -> assertThat(
                        rejected.problems()).extracting(MeasureImport.RowProblem::line).containsExactly(5));
        assertThat(as(s.participantA(), () -> data.month(screening, s.teamA(), twoMonthsAgo)).total().numerator())
                .as("the good month of the same file is not stored either").isNull();
    }

    @Test
    void aGoodFileIsPreviewedThenStoredWhole() {
        MeasureImport.Preview preview = as(s.participantA(), () -> imports.preview(s.teamA(), file("12")));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.months()).extracting(MeasureImport.ImportedMonth::month)
                .containsExactly(twoMonthsAgo, lastMonth);

        as(s.participantA(), () -> imports.importFile(s.teamA(), file("12")));

        MonthValues stored = as(s.participantA(), () -> data.month(screening, s.teamA(), lastMonth));
        assertThat(stored.total().numerator()).isEqualByComparingTo(new BigDecimal("44"));
        assertThat(stored.strata()).hasSize(4);
    }

    @Test
    void unreadableRowsEachSayWhatIsWrong() {
        String csv = "month,measure,group,numerator,denominator,value\r\n"
                + "March,HbA1c tested,Total,1,2,\r\n"
                + lastMonth + ",Foot exams,Total,1,2,\r\n"
                + lastMonth + ",HbA1c tested,Language: Klingon,1,2,\r\n"
                + lastMonth + ",HbA1c tested,Total,1 000,2000,\r\n";

        assertThat(as(s.participantA(), () -> imports.preview(s.teamA(), csv)).problems())
                .extracting(MeasureImport.RowProblem::line).containsExactly(2, 3, 4, 5);
        assertThat(as(s.participantA(), () -> imports.preview(s.teamA(), "date,value\r\n")).problems())
                .singleElement().extracting(MeasureImport.RowProblem::line).isEqualTo(1);
        assertThatThrownBy(() -> as(s.participantB(), () -> imports.preview(s.teamA(), csv)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aFileWithABadNumberAndAMonthThatDoesNotAddUpListsBothInOnePass() {
        String csv = "month,measure,group,numerator,denominator,value\r\n"
                + twoMonthsAgo + ",HbA1c tested,Total,40,6O,\r\n"
                + lastMonth + ",HbA1c tested,Total,44,65,\r\n"
                + lastMonth + ",HbA1c tested,Preferred language: English,30,40,\r\n"
                + lastMonth + ",HbA1c tested,Preferred language: Spanish,12,22,\r\n"
                + lastMonth + ",HbA1c tested,Preferred language: Other,1,3,\r\n"
                + lastMonth + ",HbA1c tested,Preferred language: Unknown or declined,0,0,\r\n";

        assertThat(as(s.participantA(), () -> imports.preview(s.teamA(), csv)).problems())
                .extracting(MeasureImport.RowProblem::line).containsExactly(2, 3);
    }

    @Test
    void anImportKeepsTheAstronomicalMarkOfAMonthItReplaces() {
        as(s.participantA(), () -> data.record(screening, s.teamA(), twoMonthsAgo,
                new MonthValues(MonthValues.Entry.ratio(10, 60), Map.of(), true)));

        as(s.participantA(), () -> imports.importFile(s.teamA(), file("12")));

        MonthValues replaced = as(s.participantA(), () -> data.month(screening, s.teamA(), twoMonthsAgo));
        assertThat(replaced.total().numerator()).isEqualByComparingTo("40");
        assertThat(replaced.astronomical()).isTrue();
    }

    @Test
    void theCoachsExportLeavesOutTheGroupsTheChartsHideAndOnlyTheTeamImports() {
        as(s.participantA(), () -> imports.importFile(s.teamA(), file("12")));

        String coachs = as(s.coachA(), () -> imports.export(s.teamA()));
        String teams = as(s.participantA(), () -> imports.export(s.teamA()));

        // Other (3) is small; Spanish (22) goes with it, or the total minus English would give Other away.
        assertThat(teams).contains("Preferred language: Other", "Preferred language: Spanish");
        assertThat(coachs).contains("Preferred language: English", "Preferred language: Unknown or declined")
                .doesNotContain("Preferred language: Other", "Preferred language: Spanish");
        assertThatThrownBy(() -> as(s.coachA(), () -> imports.preview(s.teamA(), file("12"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMeasureNamedLikeAFormulaIsQuotedInTheTemplateAndItsExportImportsBack() {
        as(s.organiser(), () -> measures.create(new MeasureDetails(s.collaborativeId(), "=HYPERLINK(\"x\")",
                MeasureType.PROCESS, DataKind.COUNT, null, null, "A name a spreadsheet would run.", Direction.UP,
                null, 12, Set.of(s.teamA()), Set.of())));

        String template = as(s.participantA(), () -> imports.template(s.teamA(), lastMonth));
        assertThat(template).contains("'=HYPERLINK");
        String filled = "month,measure,group,numerator,denominator,value\r\n"
                + lastMonth + ",\"'=HYPERLINK(\"\"x\"\")\",Total,,,3\r\n";
        assertThat(as(s.participantA(), () -> imports.preview(s.teamA(), filled)).problems()).isEmpty();
    }
}
