package org.allteach.library.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The sections of a STORYBOARD resource, each as written (Markdown) and as sanitised HTML; the team it belongs to
 * whoever may see it.
 */
@Entity
@Table(name = "library_storyboard")
public class Storyboard {

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "team_id")
    private long teamId;

    private String aim;

    @Column(name = "aim_html")
    private String aimHtml;

    @Column(name = "changes_tested")
    private String changesTested;

    @Column(name = "changes_tested_html")
    private String changesTestedHtml;

    private String results;

    @Column(name = "results_html")
    private String resultsHtml;

    private String lessons;

    @Column(name = "lessons_html")
    private String lessonsHtml;

    @Column(name = "next_steps")
    private String nextSteps;

    @Column(name = "next_steps_html")
    private String nextStepsHtml;

    @Column(name = "updated_by")
    private long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Storyboard() {
    }

    public Storyboard(long resourceId, long teamId) {
        this.resourceId = resourceId;
        this.teamId = teamId;
    }

    /** One section as written and as rendered. */
    public record Section(String markdown, String html) {
    }

    public void write(Section aim, Section changesTested, Section results, Section lessons, Section nextSteps,
                      long by, Instant now) {
        this.aim = aim.markdown();
        this.aimHtml = aim.html();
        this.changesTested = changesTested.markdown();
        this.changesTestedHtml = changesTested.html();
        this.results = results.markdown();
        this.resultsHtml = results.html();
        this.lessons = lessons.markdown();
        this.lessonsHtml = lessons.html();
        this.nextSteps = nextSteps.markdown();
        this.nextStepsHtml = nextSteps.html();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public long getResourceId() {
        return resourceId;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getAim() {
        return aim;
    }

    public String getAimHtml() {
        return aimHtml;
    }

    public String getChangesTested() {
        return changesTested;
    }

    public String getChangesTestedHtml() {
        return changesTestedHtml;
    }

    public String getResults() {
        return results;
    }

    public String getResultsHtml() {
        return resultsHtml;
    }

    public String getLessons() {
        return lessons;
    }

    public String getLessonsHtml() {
        return lessonsHtml;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public String getNextStepsHtml() {
        return nextStepsHtml;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
