package org.allteach.coaching.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A coach's booking settings with their weekly hours and date overrides. Its row is what a booking locks: bookings
 * with one coach are decided one at a time.
 */
@Entity
@Table(name = "coaching_availability")
public class CoachAvailability {

    @Id
    @Column(name = "coach_id")
    private long coachId;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "buffer_before_minutes")
    private int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes")
    private int bufferAfterMinutes;

    @Column(name = "minimum_notice_minutes")
    private int minimumNoticeMinutes;

    @Column(name = "days_ahead")
    private int daysAhead;

    @Column(name = "max_calls_per_day")
    private int maxCallsPerDay;

    @Column(name = "call_lengths")
    private String callLengths;

    @Column(name = "start_interval_minutes")
    private int startIntervalMinutes;

    @Column(name = "meeting_place")
    private String meetingPlace;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "coaching_weekly_rule", joinColumns = @JoinColumn(name = "coach_id"))
    @OrderBy("dayOfWeek, startTime")
    private List<WeeklyHours> weekly = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "coaching_date_override", joinColumns = @JoinColumn(name = "coach_id"))
    @OrderBy("onDate, startTime")
    private List<OverrideHours> overrides = new ArrayList<>();

    protected CoachAvailability() {
    }

    public CoachAvailability(long coachId) {
        this.coachId = coachId;
    }

    /** Replaces every setting; the caller has validated them. */
    public void change(ZoneId zone, Duration bufferBefore, Duration bufferAfter, Duration minimumNotice,
                       int daysAhead, int maxCallsPerDay, List<Duration> callLengths, Duration startInterval,
                       String meetingPlace, List<WeeklyHours> weekly, List<OverrideHours> overrides,
                       Instant now) {
        this.timeZone = zone.getId();
        this.bufferBeforeMinutes = Math.toIntExact(bufferBefore.toMinutes());
        this.bufferAfterMinutes = Math.toIntExact(bufferAfter.toMinutes());
        this.minimumNoticeMinutes = Math.toIntExact(minimumNotice.toMinutes());
        this.daysAhead = daysAhead;
        this.maxCallsPerDay = maxCallsPerDay;
        this.callLengths = String.join(",", callLengths.stream().map(length -> String.valueOf(length.toMinutes()))
                .toList());
        this.startIntervalMinutes = Math.toIntExact(startInterval.toMinutes());
        this.meetingPlace = meetingPlace;
        this.weekly.clear();
        this.weekly.addAll(weekly);
        this.overrides.clear();
        this.overrides.addAll(overrides);
        this.updatedAt = now;
    }

    public long getCoachId() {
        return coachId;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public Duration getBufferBefore() {
        return Duration.ofMinutes(bufferBeforeMinutes);
    }

    public Duration getBufferAfter() {
        return Duration.ofMinutes(bufferAfterMinutes);
    }

    public Duration getMinimumNotice() {
        return Duration.ofMinutes(minimumNoticeMinutes);
    }

    public int getDaysAhead() {
        return daysAhead;
    }

    public int getMaxCallsPerDay() {
        return maxCallsPerDay;
    }

    public List<Duration> getCallLengths() {
        return Arrays.stream(callLengths.split(",")).filter(text -> !text.isBlank())
                .map(text -> Duration.ofMinutes(Long.parseLong(text.strip()))).toList();
    }

    public Duration getStartInterval() {
        return Duration.ofMinutes(startIntervalMinutes);
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public List<WeeklyHours> getWeekly() {
        return List.copyOf(weekly);
    }

    public List<OverrideHours> getOverrides() {
        return List.copyOf(overrides);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
