package org.allteach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;
import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.Busy;
import org.allteach.calendar.slots.DateOverride;
import org.allteach.calendar.slots.Slot;
import org.allteach.calendar.slots.SlotFinder;
import org.allteach.calendar.slots.TimeRange;
import org.allteach.calendar.slots.WeeklyRule;
import org.junit.jupiter.api.Test;

/**
 * The slot benchmark of the calendar issue, run by {@code ./mvnw -Pbench verify} and never by the normal build: a
 * coach in New York with a year of weekly rules (four windows a weekday, one on Saturdays), 50 date overrides, 500
 * booked calls and 150 events over the year (both US clock changes inside), seen by a participant in Berlin. Times
 * the booking page's four-week view, the whole 365-day horizon and one {@code check()} after warm-up; prints p50/p95/
 * max and writes {@code target/bench/slots.txt}. Plain JUnit: the slot computation needs no Spring context. Fails only
 * if the views disagree with {@code check()}, never on timings.
 */
class SlotBench {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 3_000;
    private static final double GOAL_P95_MS = 5;
    private static final int BOOKED_CALLS = 500;
    private static final int EVENTS = 150;
    private static final int DAYS_OFF = 30;
    private static final int CHANGED_DAYS = 20;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Path REPORT = Path.of("target/bench/slots.txt");

    /** Milliseconds of wall-clock time, p95 of the thread's CPU time (what the machine's other work does not add), and KB allocated per run. */
    private record Timing(double p50, double p95, double p99, double max, double cpuP95, double allocatedKb) {
    }

    private record Case(String name, Supplier<Object> run) {
    }

    @Test
    void slotsOfACoachWithAYearOfRulesAnd500Bookings() throws IOException {
        Random random = new Random(2026);
        Instant now = LocalDateTime.parse("2026-01-05T09:17").atZone(NEW_YORK).toInstant();
        AvailabilityPolicy policy = policy(random);
        List<Busy> busy = busy(random, policy, now);
        Instant participantsToday = LocalDate.ofInstant(now, BERLIN).atStartOfDay(BERLIN).toInstant();
        Instant fourWeeksLater = LocalDate.ofInstant(now, BERLIN).plusDays(28).atStartOfDay(BERLIN).toInstant();
        Instant horizon = policy.bookableUntil(now);

        List<Slot> fourWeeks = SlotFinder.freeSlots(policy, HOUR, now, participantsToday, fourWeeksLater, busy);
        List<Slot> year = SlotFinder.freeSlots(policy, HOUR, now, now, horizon, busy);
        Slot chosen = year.get(year.size() / 2);
        assertThat(fourWeeks).isNotEmpty();
        assertThat(year).containsAll(fourWeeks);
        assertThat(year).allSatisfy(slot -> assertThat(SlotFinder.check(policy, HOUR, slot.start(), now, busy))
                .as("check() of the listed slot %s", slot).isEmpty());

        List<Case> cases = List.of(
                new Case("4-week view (Berlin participant, 60 min)",
                        () -> SlotFinder.freeSlots(policy, HOUR, now, participantsToday, fourWeeksLater, busy)),
                new Case("whole 365-day horizon (60 min)", () -> SlotFinder.freeSlots(policy, HOUR, now, now, horizon, busy)),
                new Case("check() of one start", () -> SlotFinder.check(policy, HOUR, chosen.start(), now, busy)));

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long started = System.nanoTime();
        for (int i = 0; i < WARM_UP; i++) {
            cases.forEach(c -> c.run().get());
        }
        Map<Case, Timing> timings = time(cases);
        double seconds = (System.nanoTime() - started) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        String report = report(policy, busy, now, fourWeeks.size(), year.size(), timings, seconds, loadBefore, loadAfter);
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    /** Weekdays 08:00–10:00, 10:30–12:00, 13:00–17:00, 18:00–19:30; Saturdays 09:00–12:00; 50 overrides. */
    private static AvailabilityPolicy policy(Random random) {
        List<WeeklyRule> weekly = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                weekly.add(rule(day, "08:00", "10:00"));
                weekly.add(rule(day, "10:30", "12:00"));
                weekly.add(rule(day, "13:00", "17:00"));
                weekly.add(rule(day, "18:00", "19:30"));
            } else if (day == DayOfWeek.SATURDAY) {
                weekly.add(rule(day, "09:00", "12:00"));
            }
        }
        Map<LocalDate, DateOverride> overrides = new TreeMap<>();
        LocalDate first = LocalDate.of(2026, 1, 5);
        while (overrides.size() < DAYS_OFF) {
            LocalDate date = first.plusDays(random.nextInt(365));
            overrides.put(date, DateOverride.dayOff(date));
        }
        while (overrides.size() < DAYS_OFF + CHANGED_DAYS) {
            LocalDate date = first.plusDays(random.nextInt(365));
            overrides.putIfAbsent(date, new DateOverride(date, List.of(range("07:00", "09:30"), range("20:00", "22:00"))));
        }
        return new AvailabilityPolicy(NEW_YORK, weekly, List.copyOf(overrides.values()), Duration.ofMinutes(10),
                Duration.ofMinutes(15), Duration.ofHours(12), 365, 6,
                List.of(Duration.ofMinutes(30), HOUR), Duration.ofMinutes(15));
    }

    /** Booked calls of 30 or 60 minutes and events of 1 to 3 hours in working hours over the year, unsorted. */
    private static List<Busy> busy(Random random, AvailabilityPolicy policy, Instant now) {
        List<Busy> busy = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, NEW_YORK);
        for (int i = 0; i < BOOKED_CALLS + EVENTS; i++) {
            boolean call = i < BOOKED_CALLS;
            LocalDate date = today.plusDays(random.nextInt(policy.daysAhead()));
            Instant start = date.atTime(8 + random.nextInt(11), 15 * random.nextInt(4)).atZone(NEW_YORK).toInstant();
            Duration length = call ? Duration.ofMinutes(30L * (1 + random.nextInt(2))) : Duration.ofHours(1 + random.nextInt(3));
            busy.add(new Busy(start, start.plus(length), call));
        }
        return busy;
    }

    /** Round-robin over the cases, so a burst of other work on the machine slows them all alike. */
    private static Map<Case, Timing> time(List<Case> cases) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        double[][] millis = new double[cases.size()][MEASURED];
        double[][] cpuMillis = new double[cases.size()][MEASURED];
        long[] allocated = new long[cases.size()];
        Object sink = null;
        for (int i = 0; i < MEASURED; i++) {
            for (int c = 0; c < cases.size(); c++) {
                long allocatedBefore = threads.getThreadAllocatedBytes(thread);
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                sink = cases.get(c).run().get();
                millis[c][i] = (System.nanoTime() - started) / 1e6;
                cpuMillis[c][i] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
                allocated[c] += threads.getThreadAllocatedBytes(thread) - allocatedBefore;
            }
        }
        assertThat(sink).isNotNull();
        Map<Case, Timing> timings = new LinkedHashMap<>();
        for (int c = 0; c < cases.size(); c++) {
            double[] sorted = millis[c];
            Arrays.sort(sorted);
            Arrays.sort(cpuMillis[c]);
            timings.put(cases.get(c), new Timing(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted[sorted.length - 1], percentile(cpuMillis[c], 95), allocated[c] / 1024.0 / MEASURED));
        }
        return timings;
    }

    /** Nearest rank: the smallest time that this share of the runs did not exceed. */
    private static double percentile(double[] sorted, int percent) {
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
    }

    private static String report(AvailabilityPolicy policy, List<Busy> busy, Instant now, int fourWeekSlots,
                                 int yearSlots, Map<Case, Timing> timings, double seconds, double loadBefore,
                                 double loadAfter) {
        StringBuilder out = new StringBuilder("\n=== Slot benchmark ===\n");
        out.append(format("Coach in %s, now %s: %d weekly rules, %d date overrides (%d days off), %d booked calls and "
                        + "%d events over the year; buffers %d/%d min, notice %d h, %d days ahead, at most %d calls a "
                        + "day, calls every %d min.%n", policy.zone(), now.atZone(policy.zone()).toLocalDateTime(),
                policy.weekly().size(), policy.overrides().size(),
                policy.overrides().stream().filter(o -> o.hours().isEmpty()).count(),
                busy.stream().filter(Busy::coachingCall).count(), busy.stream().filter(b -> !b.coachingCall()).count(),
                policy.bufferBefore().toMinutes(), policy.bufferAfter().toMinutes(), policy.minimumNotice().toHours(),
                policy.daysAhead(), policy.maxCallsPerDay(), policy.startInterval().toMinutes()));
        out.append(format("Free 60-minute slots: %,d in the 4-week view, %,d in the whole horizon (until %s).%n",
                fourWeekSlots, yearSlots, policy.bookableUntil(now).atZone(policy.zone()).toLocalDate()));
        out.append(format("Measuring %.1f s (%,d warm-up rounds, then %,d timed runs of each case, round-robin); %d "
                        + "processors; load average %.1f before, %.1f after.%n%n", seconds, WARM_UP, MEASURED,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        String row = "%-44s %7s %7s %7s %7s  %-9s %8s %8s%n";
        out.append(format(row, "case (ms)", "p50", "p95", "p99", "max", "p95<=" + (int) GOAL_P95_MS + "ms", "CPU p95",
                "KB/run"));
        timings.forEach((c, t) -> out.append(format(row, c.name(), ms(t.p50()), ms(t.p95()), ms(t.p99()), ms(t.max()),
                t.p95() <= GOAL_P95_MS ? "met" : "MISSED", ms(t.cpuP95()), format("%,.0f", t.allocatedKb()))));
        out.append("\nCPU p95: of the measuring thread's CPU time only, so the time it waited for a core while other work "
                + "ran is left out.\n");
        return out.toString();
    }

    private static WeeklyRule rule(DayOfWeek day, String start, String end) {
        return new WeeklyRule(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static TimeRange range(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    private static String ms(double millis) {
        return format("%.3f", millis);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
