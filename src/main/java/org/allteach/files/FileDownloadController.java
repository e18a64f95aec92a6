package org.allteach.files;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored files at {@code /files/{id}/{name}} (sign-in required, see the security configuration). The name is
 * for people and browsers; the id finds the file. Whoever may not see a file gets the same 404 as for an id that
 * does not exist.
 */
@Controller
class FileDownloadController {

    private static final byte[] NOT_FOUND = "This file does not exist, or you do not have access to it."
            .getBytes(StandardCharsets.UTF_8);

    private final FileStorage storage;

    FileDownloadController(FileStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/files/{id:\\d{1,18}}/{name}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        Optional<StoredFile> found = storage.findReadable(id);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(new ByteArrayResource(NOT_FOUND));
        }
        StoredFile file = found.get();
        // Images show in the page; anything else is saved, never rendered as a page of the portal.
        ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.displayName(), StandardCharsets.UTF_8).build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                // The bytes under an id never change, so the hash is the ETag. "no-cache" makes the browser ask
                // again each time (a cheap 304), so access is checked again on every view; "private" keeps shared
                // caches out of it.
                .eTag(file.sha256())
                .cacheControl(CacheControl.noCache().cachePrivate());
        if (!file.isImage()) {
            // Should a browser render it anyway, it runs no script and loads nothing, in an origin of its own.
            response.header("Content-Security-Policy", "sandbox; default-src 'none'");
        }
        return response.body(storage.content(file));
    }
}
