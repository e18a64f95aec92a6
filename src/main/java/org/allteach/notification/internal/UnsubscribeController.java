package org.allteach.notification.internal;

import java.net.URI;

import org.allteach.notification.Unsubscribes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The {@code List-Unsubscribe} address of notification emails (RFC 8058): mail clients POST
 * {@code List-Unsubscribe=One-Click} to it, without cookies or sign-in, so it is left out of CSRF protection in the
 * security configuration. A GET (someone pasting the address) only leads to the page that asks first.
 */
@Controller
class UnsubscribeController {

    private final Unsubscribes unsubscribes;

    UnsubscribeController(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @PostMapping("/" + NotificationMails.ONE_CLICK_PATH + "{token}")
    ResponseEntity<String> oneClick(@PathVariable String token) {
        boolean known = unsubscribes.confirm(token).valid();
        return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex, nofollow")
                .body(known ? "Unsubscribed." : "Unknown link.");
    }

    @GetMapping("/" + NotificationMails.ONE_CLICK_PATH + "{token}")
    ResponseEntity<Void> page(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/" + NotificationMails.PAGE_PATH + token))
                .cacheControl(CacheControl.noStore()).build();
    }
}
