package org.allteach.calendar.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event, or one occurrence of a series. Cancelling keeps the row, so RSVPs and attendance stay attached. */
@Entity
@Table(name = "calendar_event")
public class CalendarEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collaborative_id")
    private long collaborativeId;

    @Column(name = "series_id")
    private Long seriesId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EventKind kind;

    private String title;

    private String description;

    @Column(name = "description_html")
    private String descriptionHtml;

    @Column(name = "start_at")
    private Instant startAt;

    @Column(name = "end_at")
    private Instant endAt;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "meeting_link")
    private String meetingLink;

    private String place;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Audience audience;

    @ElementCollection
    @CollectionTable(name = "calendar_event_team", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "team_id")
    private Set<Long> teamIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "calendar_event_material", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "resource_id")
    private List<Long> materialIds = new ArrayList<>();

    @Column(name = "seat_limit")
    private Integer seatLimit;

    @Column(name = "host_id")
    private long hostId;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected CalendarEvent() {
    }

    public CalendarEvent(long collaborativeId, Long seriesId, long hostId, Instant now) {
        this.collaborativeId = collaborativeId;
        this.seriesId = seriesId;
        this.hostId = hostId;
        this.createdBy = hostId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Everything but the times. */
    public void describe(EventKind kind, String title, String description, String descriptionHtml, String meetingLink,
                         String place, Audience audience, Set<Long> teamIds, Integer seatLimit, List<Long> materialIds,
                         Instant now) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.descriptionHtml = descriptionHtml;
        this.meetingLink = meetingLink;
        this.place = place;
        this.audience = audience;
        this.teamIds.clear();
        this.teamIds.addAll(teamIds);
        this.seatLimit = seatLimit;
        this.materialIds.clear();
        this.materialIds.addAll(materialIds);
        this.updatedAt = now;
    }

    public void schedule(Instant start, Instant end, ZoneId zone, Instant now) {
        this.startAt = start;
        this.endAt = end;
        this.timeZone = zone.getId();
        this.updatedAt = now;
    }

    public void cancel(Instant now) {
        this.cancelledAt = now;
        this.updatedAt = now;
    }

    public void moveToSeries(Long seriesId) {
        this.seriesId = seriesId;
    }

    public Long getId() {
        return id;
    }

    public long getCollaborativeId() {
        return collaborativeId;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public String getPlace() {
        return place;
    }

    public Audience getAudience() {
        return audience;
    }

    public Set<Long> getTeamIds() {
        return Set.copyOf(teamIds);
    }

    public List<Long> getMaterialIds() {
        return List.copyOf(materialIds);
    }

    public Integer getSeatLimit() {
        return seatLimit;
    }

    public long getHostId() {
        return hostId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** An event of the community of practice: its members are its audience, whatever collaborative hosts it. */
    public boolean isForCommunity() {
        return audience == Audience.COMMUNITY;
    }

    /** Grows with every change; the sequence number calendar apps use to see that an invitation changed. */
    public long getVersion() {
        return version;
    }
}
