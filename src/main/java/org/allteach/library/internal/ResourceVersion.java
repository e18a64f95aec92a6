package org.allteach.library.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.allteach.library.TextStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One uploaded file of a resource; numbered 1..n per resource. */
@Entity
@Table(name = "library_version")
public class ResourceVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_id")
    private long resourceId;

    private int number;

    @Column(name = "file_id")
    private long fileId;

    private String note;

    @Column(name = "uploaded_by")
    private long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "text_status")
    private TextStatus textStatus = TextStatus.PENDING;

    @Column(name = "text_problem")
    private String textProblem;

    @Column(name = "text_chars")
    private Integer textChars;

    protected ResourceVersion() {
    }

    public ResourceVersion(long resourceId, int number, long fileId, String note, long uploadedBy, Instant now) {
        this.resourceId = resourceId;
        this.number = number;
        this.fileId = fileId;
        this.note = note;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public void textRead(TextStatus status, int chars, String problem) {
        this.textStatus = status;
        this.textChars = chars;
        this.textProblem = problem;
    }

    public Long getId() {
        return id;
    }

    public TextStatus getTextStatus() {
        return textStatus;
    }

    public String getTextProblem() {
        return textProblem;
    }

    public Integer getTextChars() {
        return textChars;
    }

    public long getResourceId() {
        return resourceId;
    }

    public int getNumber() {
        return number;
    }

    public long getFileId() {
        return fileId;
    }

    public String getNote() {
        return note;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
