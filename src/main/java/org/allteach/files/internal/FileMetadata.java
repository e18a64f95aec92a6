package org.allteach.files.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a stored file is; its bytes are on disk under the store root, named by {@link #getStorageKey()}. */
@Entity
@Table(name = "stored_file")
public class FileMetadata {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "uploaded_by")
    private long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected FileMetadata() {
    }

    public FileMetadata(String storageKey, String displayName, String mediaType, long sizeBytes, String sha256,
                        long uploadedBy, Instant uploadedAt) {
        this.storageKey = storageKey;
        this.displayName = displayName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
