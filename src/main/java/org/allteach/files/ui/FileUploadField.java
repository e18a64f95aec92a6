package org.allteach.files.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload field for forms: each file the person picks is checked and stored through {@link FileStorage} as it
 * arrives, and listed under the field (name, size, a remove button). The value is the list of stored files, so a
 * form reads it with {@link #getFiles()} and hears changes through a value change listener. A refused file
 * (too large, not of an accepted type) is explained under the field; the rest of the form is untouched.
 * <p>
 * Removing a file from the list does not delete it: until the form is sent nothing refers to it, and an unused
 * upload harms nobody (only its uploader can open it).
 */
public class FileUploadField extends CustomField<List<StoredFile>> {

    private static final Logger log = LoggerFactory.getLogger(FileUploadField.class);

    private final FileStorage storage;
    private final UploadRules rules;
    private final Upload upload;
    private final Div fileList = new Div();

    private final List<String> refusals = new ArrayList<>();
    /** A batch is the files of one pick: their refusals are shown together and replace those of the last pick. */
    private boolean batchOpen;
    private boolean uploading;
    /**
     * Uploads whose result reached the UI before their "upload-start" event did: the upload request and the UI
     * event travel separately, and a small file can win the race.
     */
    private int finishedBeforeStart;

    public FileUploadField(FileStorage storage, UploadRules rules, String label) {
        super(List.of());
        this.storage = storage;
        this.rules = rules;
        addClassName("file-upload-field");
        setLabel(label);
        setHelperText(rules.helperText());
        // The messages come from the server's checks; there is nothing for the browser to validate.
        setManualValidation(true);

        upload = new Upload(this::receive);
        // Hints for the browser, so most refusals need no upload at all; the server checks again, by content.
        upload.setMaxFileSize((int) Math.min(rules.maxBytes(), Integer.MAX_VALUE));
        upload.setAcceptedFileExtensions(rules.fileExtensions().toArray(String[]::new));
        upload.setWidthFull();
        upload.getElement().addEventListener("file-reject", event -> refuse(refusalBeforeSending(
                        event.getEventData().get("event.detail.file.name").asString(),
                        (long) event.getEventData().get("event.detail.file.size").asDouble())))
                .addEventData("event.detail.file.name").addEventData("event.detail.file.size");
        upload.getElement().addEventListener("upload-start", event -> {
            if (finishedBeforeStart > 0) {
                // This file's result is already shown: its start must not clear it as if it began a new pick.
                finishedBeforeStart--;
                return;
            }
            uploading = true;
            openBatch();
        });
        upload.addAllFinishedListener(finished -> {
            uploading = false;
            batchOpen = false;
            // The stored files are listed below; the upload's own list only showed the progress.
            upload.clearFileList();
        });

        fileList.addClassName("file-upload-list");
        Div body = new Div(upload, fileList);
        body.addClassName("file-upload-body");
        add(body);
    }

    /** The files stored so far, in the order they arrived. */
    public List<StoredFile> getFiles() {
        return getValue();
    }

    /** Shows files that are already stored, e.g. the attachments of a post being edited. */
    public void setFiles(List<StoredFile> files) {
        setValue(List.copyOf(files));
    }

    @Override
    public void clear() {
        super.clear();
        refusals.clear();
        setInvalid(false);
        setErrorMessage(null);
    }

    @Override
    protected List<StoredFile> generateModelValue() {
        return getValue();
    }

    @Override
    protected void setPresentationValue(List<StoredFile> files) {
        fileList.removeAll();
        files.forEach(file -> fileList.add(row(file)));
    }

    /**
     * Runs for each file on the upload's request thread, without the UI lock: the file is stored there, streamed
     * from the request, and only the outcome is handed to the UI.
     */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try (InputStream content = event.getInputStream()) {
            StoredFile stored = storage.store(event.getFileName(), content, event.getFileSize(), rules);
            ui.access(() -> {
                countIfEarly();
                add(stored);
            });
        } catch (InvalidInput refused) {
            String message = refused.fieldErrors().getOrDefault(FileStorage.FIELD, refused.getMessage());
            event.reject(message);
            ui.access(() -> {
                countIfEarly();
                refuse(message);
            });
        } catch (UncheckedIOException broken) {
            // The connection dropped or the disk failed: say so, or the file would silently vanish from the list.
            log.warn("An upload failed: {}", broken.toString());
            String message = "A file could not be received. Try again.";
            event.reject(message);
            ui.access(() -> {
                countIfEarly();
                refuse(message);
            });
        }
    }

    /** A result before any start means a new pick has begun: open it here, as its start would have. */
    private void countIfEarly() {
        if (!uploading) {
            finishedBeforeStart++;
            uploading = true;
            openBatch();
        }
    }

    private void add(StoredFile file) {
        List<StoredFile> files = new ArrayList<>(getValue());
        files.add(file);
        setModelValue(List.copyOf(files), true);
        setPresentationValue(getValue());
    }

    private void remove(StoredFile file) {
        setModelValue(getValue().stream().filter(kept -> kept.id() != file.id()).toList(), true);
        setPresentationValue(getValue());
    }

    private String refusalBeforeSending(String fileName, long sizeBytes) {
        return sizeBytes > rules.maxBytes() ? rules.tooLargeMessage(fileName, sizeBytes)
                : rules.notAcceptedMessage(fileName);
    }

    private void refuse(String message) {
        openBatch();
        refusals.add(message);
        setErrorMessage(String.join(" ", refusals));
        setInvalid(true);
    }

    private void openBatch() {
        if (batchOpen) {
            return;
        }
        batchOpen = true;
        refusals.clear();
        setInvalid(false);
        setErrorMessage(null);
        // A pick whose files were all refused in the browser uploads nothing, so no "finished" event closes it.
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> batchOpen = uploading));
    }

    private Div row(StoredFile file) {
        Div row = new Div();
        row.addClassName("file-upload-item");
        if (file.isImage()) {
            Image preview = new Image(file.downloadPath(), "");
            preview.addClassName("file-upload-preview");
            row.add(preview);
        } else {
            row.add(VaadinIcon.FILE_TEXT_O.create());
        }
        Anchor name = new Anchor(file.downloadPath(), file.displayName());
        name.setTarget(AnchorTarget.BLANK);
        name.addClassName("file-upload-name");
        Span size = new Span(file.sizeText());
        size.addClassName("muted");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove(file));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        remove.setAriaLabel("Remove " + file.displayName());
        remove.setTooltipText("Remove");
        row.add(name, size, remove);
        return row;
    }
}
