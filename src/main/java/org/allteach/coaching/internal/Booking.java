package org.allteach.coaching.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.coaching.CallStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A coaching call booked by a participant (or team lead) with a coach. */
@Entity
@Table(name = "coaching_booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String uid;

    @Column(name = "coach_id")
    private long coachId;

    @Column(name = "participant_id")
    private long participantId;

    @Column(name = "collaborative_id")
    private long collaborativeId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CallStatus status;

    private int sequence;

    private String agenda;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "thread_title")
    private String threadTitle;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected Booking() {
    }

    public Booking(String uid, long coachId, long participantId, long collaborativeId, Long teamId, Instant startsAt,
                   Instant endsAt, String agenda, Long threadId, String threadTitle, Instant now) {
        this.uid = uid;
        this.coachId = coachId;
        this.participantId = participantId;
        this.collaborativeId = collaborativeId;
        this.teamId = teamId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = CallStatus.CONFIRMED;
        this.agenda = agenda;
        this.threadId = threadId;
        this.threadTitle = threadTitle;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves the call; calendars see a higher SEQUENCE and replace the old time. */
    public void moveTo(Instant start, Instant end, Instant now) {
        this.startsAt = start;
        this.endsAt = end;
        this.sequence++;
        this.updatedAt = now;
    }

    public void cancel(long byPersonId, String reason, Instant now) {
        this.status = CallStatus.CANCELLED;
        this.sequence++;
        this.cancelledAt = now;
        this.cancelledBy = byPersonId;
        this.cancelReason = reason;
        this.updatedAt = now;
    }

    public boolean isConfirmed() {
        return status == CallStatus.CONFIRMED;
    }

    public boolean involves(long personId) {
        return coachId == personId || participantId == personId;
    }

    public Duration getLength() {
        return Duration.between(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public String getUid() {
        return uid;
    }

    public long getCoachId() {
        return coachId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public long getCollaborativeId() {
        return collaborativeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public CallStatus getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public String getAgenda() {
        return agenda;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getThreadTitle() {
        return threadTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Long getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
