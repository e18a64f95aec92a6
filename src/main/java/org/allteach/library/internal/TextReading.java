package org.allteach.library.internal;

import java.io.IOException;
import java.io.InputStream;

import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.library.LibraryTopics;
import org.allteach.library.ResourceChanged;
import org.allteach.library.TextStatus;
import org.allteach.library.VersionAdded;
import org.allteach.shared.ui.LiveUpdates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads each new version's text in the background once the upload is committed, records the outcome on the version,
 * and tells an open resource page so the uploader sees it without reloading.
 */
@Component
class TextReading {

    private final FileStorage files;
    private final TextExtractor extractor;
    private final ResourceVersionRepository versions;
    private final VersionTexts texts;
    private final TransactionTemplate transactions;
    private final LiveUpdates liveUpdates;
    private final ApplicationEventPublisher events;

    TextReading(FileStorage files, TextExtractor extractor, ResourceVersionRepository versions, VersionTexts texts,
                TransactionTemplate transactions, LiveUpdates liveUpdates, ApplicationEventPublisher events) {
        this.events = events;
        this.files = files;
        this.extractor = extractor;
        this.versions = versions;
        this.texts = texts;
        this.transactions = transactions;
        this.liveUpdates = liveUpdates;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(VersionAdded added) {
        TextExtractor.Extraction result = files.find(added.fileId()).map(this::read)
                .orElse(new TextExtractor.Extraction(TextStatus.FAILED, "", "The file is missing from the store."));
        transactions.executeWithoutResult(tx -> versions.findById(added.versionId()).ifPresent(version -> {
            version.textRead(result.status(), result.text().length(), result.problem());
            texts.save(added.versionId(), result.text());
            events.publishEvent(new ResourceChanged(added.resourceId()));
        }));
        liveUpdates.publish(LibraryTopics.resource(added.resourceId()));
    }

    private TextExtractor.Extraction read(StoredFile file) {
        try (InputStream content = files.open(file)) {
            return extractor.extract(content, file.mediaType());
        } catch (IOException unreadable) {
            return new TextExtractor.Extraction(TextStatus.FAILED, "", "The file could not be opened: "
                    + unreadable.getMessage());
        }
    }
}
