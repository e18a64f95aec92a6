package org.allteach.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file sent with an outbox mail, kept in the database with it so the mail can be sent again after a crash. */
@Embeddable
public class OutboxAttachment {

    private String filename;

    @Column(name = "content_type")
    private String contentType;

    private byte[] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(String filename, String contentType, byte[] content) {
        this.filename = filename;
        this.contentType = contentType;
        this.content = content.clone();
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
