package org.allteach.notification;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.allteach.notification.internal.Choices;
import org.allteach.notification.internal.DigestKind;
import org.allteach.notification.internal.UnsubscribeLink;
import org.allteach.notification.internal.UnsubscribeLinkRepository;
import org.allteach.shared.SecureToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe link of every notification email, usable without signing in. Opening it only shows what it would
 * stop (mail scanners open links); a button press, or a mail client's RFC 8058 one-click POST, stops it. A link stays
 * usable: unsubscribing twice changes nothing.
 */
@Service
public class Unsubscribes {

    /**
     * What a link offers.
     *
     * @param valid   false for an unknown link
     * @param what    what stops: "“Mentions” emails", "the daily digest email"
     * @param done    whether that is already stopped
     */
    public record Offer(boolean valid, String what, boolean done) {

        static Offer unknown() {
            return new Offer(false, null, false);
        }
    }

    private final UnsubscribeLinkRepository links;
    private final Choices choices;
    private final Clock clock;

    Unsubscribes(UnsubscribeLinkRepository links, Choices choices, Clock clock) {
        this.links = links;
        this.choices = choices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Offer open(String token) {
        return link(token).map(this::offer).orElse(Offer.unknown());
    }

    /**
     * Stops the email the link names, never the bell: its type moves to the bell only, a digest link moves every
     * type on that digest to the bell only, and an activity summary link stops the summary.
     */
    @Transactional
    public Offer confirm(String token) {
        Optional<UnsubscribeLink> found = link(token);
        if (found.isEmpty()) {
            return Offer.unknown();
        }
        UnsubscribeLink link = found.get();
        long person = link.getPersonId();
        if (link.getType() != null) {
            if (emailed(choices.of(person).get(link.getType()))) {
                choices.choose(person, link.getType(), Delivery.IN_APP);
            }
        } else if (link.getDigest() == DigestKind.SUMMARY) {
            choices.chooseSummary(person, false);
        } else {
            choices.of(person).forEach((type, delivery) -> {
                if (delivery == link.getDigest().gathers()) {
                    choices.choose(person, type, Delivery.IN_APP);
                }
            });
        }
        link.used(clock.instant());
        return offer(link);
    }

    private Offer offer(UnsubscribeLink link) {
        Map<NotificationType, Delivery> mine = choices.of(link.getPersonId());
        if (link.getType() != null) {
            return new Offer(true, "“" + link.getType().label() + "” emails", !emailed(mine.get(link.getType())));
        }
        DigestKind digest = link.getDigest();
        boolean stopped = digest == DigestKind.SUMMARY ? !choices.wantsSummary(link.getPersonId())
                : !mine.containsValue(digest.gathers());
        return new Offer(true, digest.unsubscribeWhat(), stopped);
    }

    private static boolean emailed(Delivery delivery) {
        return delivery != Delivery.IN_APP && delivery != Delivery.OFF;
    }

    private Optional<UnsubscribeLink> link(String token) {
        return token == null || token.isBlank() ? Optional.empty() : links.findById(SecureToken.hash(token));
    }
}
