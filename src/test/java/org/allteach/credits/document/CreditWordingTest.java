package org.allteach.credits.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and dates as a certificate writes them. */
class CreditWordingTest {

    @Test
    void amountsHaveNoTrailingZeros() {
        assertThat(CreditWording.amount(new BigDecimal("1.50"))).isEqualTo("1.5");
        assertThat(CreditWording.amount(new BigDecimal("0.25"))).isEqualTo("0.25");
        assertThat(CreditWording.amount(new BigDecimal("2.00"))).isEqualTo("2");
        assertThat(CreditWording.amount(new BigDecimal("10.0"))).isEqualTo("10");
        assertThat(CreditWording.amount(new BigDecimal("0.00"))).isEqualTo("0");
    }

    @Test
    void theUnitOfACreditTypeIsCounted() {
        assertThat(CreditWording.units(new BigDecimal("1.5"), "AMA PRA Category 1 Credit™"))
                .isEqualTo("AMA PRA Category 1 Credits™");
        assertThat(CreditWording.units(new BigDecimal("1.00"), "AMA PRA Category 1 Credit™"))
                .isEqualTo("AMA PRA Category 1 Credit™");
        assertThat(CreditWording.units(BigDecimal.ONE, "ANCC contact hours")).isEqualTo("ANCC contact hour");
        assertThat(CreditWording.units(new BigDecimal("20"), "ABIM MOC point")).isEqualTo("ABIM MOC points");
        assertThat(CreditWording.units(new BigDecimal("20"), "MOC Part IV")).isEqualTo("MOC Part IV");
        assertThat(CreditWording.unit(new BigDecimal("2"), "ANCC contact hour")).isEqualTo("contact hours");
        assertThat(CreditWording.unit(new BigDecimal("2"), "AMA PRA Category 1 Credit™")).isEqualTo("Credits");
    }

    @Test
    void datesAreWrittenAsADayARangeAListOrASeries() {
        assertThat(CreditWording.when(List.of())).isEmpty();
        assertThat(CreditWording.when(List.of(day(2026, 3, 12)))).isEqualTo("on March 12, 2026");
        assertThat(CreditWording.when(List.of(day(2026, 3, 13), day(2026, 3, 12), day(2026, 3, 12))))
                .isEqualTo("on March 12–13, 2026");
        assertThat(CreditWording.when(List.of(day(2026, 3, 31), day(2026, 4, 1))))
                .isEqualTo("on March 31 – April 1, 2026");
        assertThat(CreditWording.when(List.of(day(2025, 12, 31), day(2026, 1, 1))))
                .isEqualTo("on December 31, 2025 – January 1, 2026");
        assertThat(CreditWording.when(List.of(day(2026, 1, 14), day(2026, 2, 11), day(2026, 3, 11))))
                .isEqualTo("on January 14, February 11 and March 11, 2026");
        assertThat(CreditWording.when(List.of(day(2026, 1, 14), day(2026, 2, 11))))
                .isEqualTo("on January 14 and February 11, 2026");
        assertThat(CreditWording.when(List.of(day(2025, 12, 10), day(2026, 1, 14))))
                .isEqualTo("on December 10, 2025 and January 14, 2026");
        assertThat(CreditWording.when(List.of(day(2026, 3, 30), day(2026, 3, 31), day(2026, 4, 1))))
                .isEqualTo("on March 30 – April 1, 2026");
        assertThat(CreditWording.when(List.of(day(2025, 11, 12), day(2025, 12, 10), day(2026, 1, 14),
                day(2026, 2, 11)))).isEqualTo("in 4 sessions from November 12, 2025 to February 11, 2026");
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
