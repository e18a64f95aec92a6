package org.allteach.calendar;

import java.nio.charset.StandardCharsets;

import org.allteach.shared.ics.Ics;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves private calendar feeds at {@code /calendar/feed/<token>.ics} without sign-in (calendar programs cannot sign
 * in; the token is the key, see the security configuration). An unknown or replaced token gets a plain 404.
 */
@Controller
class CalendarFeedController {

    static final String PATH_PREFIX = "calendar/feed/";

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/" + PATH_PREFIX + "{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(Ics.CONTENT_TYPE))
                        .header("X-Content-Type-Options", "nosniff")
                        // the address is the secret: keep it out of search engines that stumble on it
                        .header("X-Robots-Tag", "noindex, nofollow")
                        // one person's calendar: no proxy may keep it or hand it to anyone else
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(ics.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .cacheControl(CacheControl.noStore())
                        .body("No calendar at this address. If you reset your calendar link, subscribe with the new one."
                                .getBytes(StandardCharsets.UTF_8)));
    }
}
