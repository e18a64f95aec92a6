package org.allteach.pdsa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.pdsa.ActDecision;
import org.allteach.pdsa.CycleDetails;
import org.allteach.pdsa.CycleStatus;

/** A team's PDSA cycle: its worksheet, dates, status and links. */
@Entity
@Table(name = "pdsa_cycle")
public class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id")
    private long teamId;

    private int number;

    @Column(name = "change_idea_id")
    private Long changeIdeaId;

    @Column(name = "previous_cycle_id")
    private Long previousCycleId;

    private String title;
    private String objective;
    private String questions;
    private String prediction;

    @Column(name = "plan_who")
    private String planWho;

    @Column(name = "plan_what")
    private String planWhat;

    @Column(name = "plan_when")
    private String planWhen;

    @Column(name = "plan_where")
    private String planWhere;

    @Column(name = "data_to_collect")
    private String dataToCollect;

    @Column(name = "what_happened")
    private String whatHappened;

    private String observations;
    private String study;

    @Enumerated(EnumType.STRING)
    @Column(name = "act_decision")
    private ActDecision act;

    @Column(name = "next_cycle")
    private String nextCycle;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    private CycleStatus status;

    @ElementCollection
    @CollectionTable(name = "pdsa_cycle_measure", joinColumns = @JoinColumn(name = "cycle_id"))
    @Column(name = "measure_id")
    private Set<Long> measureIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "pdsa_cycle_thread", joinColumns = @JoinColumn(name = "cycle_id"))
    @Column(name = "thread_id")
    private Set<Long> threadIds = new HashSet<>();

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Cycle() {
    }

    public Cycle(long teamId, int number, long createdBy, Instant now) {
        this.teamId = teamId;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = CycleStatus.PLANNED;
    }

    /** Writes the worksheet; the details were checked by the service. */
    public void write(CycleDetails d, Instant now) {
        this.changeIdeaId = d.changeIdeaId();
        this.previousCycleId = d.previousCycleId();
        this.title = d.title();
        this.objective = d.objective();
        this.questions = d.questions();
        this.prediction = d.prediction();
        this.planWho = d.planWho();
        this.planWhat = d.planWhat();
        this.planWhen = d.planWhen();
        this.planWhere = d.planWhere();
        this.dataToCollect = d.dataToCollect();
        this.whatHappened = d.whatHappened();
        this.observations = d.observations();
        this.study = d.study();
        this.act = d.act();
        this.nextCycle = d.nextCycle();
        this.plannedStart = d.plannedStart();
        this.startedOn = d.startedOn();
        this.completedOn = d.completedOn();
        this.measureIds.clear();
        this.measureIds.addAll(d.measureIds());
        this.threadIds.clear();
        this.threadIds.addAll(d.threadIds());
        this.updatedAt = now;
    }

    public void start(LocalDate on, Instant now) {
        this.status = CycleStatus.IN_PROGRESS;
        if (startedOn == null) {
            startedOn = on;
        }
        this.updatedAt = now;
    }

    public void complete(LocalDate on, Instant now) {
        this.status = CycleStatus.COMPLETED;
        if (completedOn == null) {
            completedOn = on;
        }
        this.updatedAt = now;
    }

    public CycleDetails details() {
        return new CycleDetails(changeIdeaId, previousCycleId, title, objective, questions, prediction, planWho,
                planWhat, planWhen, planWhere, dataToCollect, whatHappened, observations, study, act, nextCycle,
                plannedStart, startedOn, completedOn, Set.copyOf(measureIds), Set.copyOf(threadIds));
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public int getNumber() {
        return number;
    }

    public Long getChangeIdeaId() {
        return changeIdeaId;
    }

    public Long getPreviousCycleId() {
        return previousCycleId;
    }

    public String getTitle() {
        return title;
    }

    public ActDecision getAct() {
        return act;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public Set<Long> getMeasureIds() {
        return measureIds;
    }
}
