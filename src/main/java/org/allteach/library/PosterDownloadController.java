package org.allteach.library;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

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
 * Serves a storyboard's poster as a PDF at {@code /library/{id}/storyboard.pdf} (sign-in required, see the security
 * configuration; {@link StoryboardPage#posterPath()} links here); whoever may not read the storyboard gets the same 404 as for one that does not exist.
 */
@Controller
class PosterDownloadController {

    private final Storyboards storyboards;

    PosterDownloadController(Storyboards storyboards) {
        this.storyboards = storyboards;
    }

    @GetMapping("/library/{id:\\d{1,18}}/storyboard.pdf")
    ResponseEntity<byte[]> poster(@PathVariable long id) {
        PosterFile poster;
        try {
            poster = storyboards.poster(id);
        } catch (NoSuchElementException notReadable) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("This storyboard does not exist, or it is not shared with you.".getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(poster.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                // Made for this reader from live data: a cache must neither keep it nor hand it to anyone else.
                .cacheControl(CacheControl.noStore())
                .body(poster.pdf());
    }
}
