package org.allteach.library.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
