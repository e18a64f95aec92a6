package org.allteach.collaborative.ui;

import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.Element;
import org.allteach.collaborative.InvitationStatus;
import org.allteach.collaborative.Role;
import org.allteach.shared.ui.Badge;

/** Badges for the collaborative's enums, coloured by styles.css. */
final class CollaborativeBadges {

    private CollaborativeBadges() {
    }

    static Badge of(Role role) {
        return new Badge(role.label(), "role", role.name());
    }

    static Badge of(Element element) {
        return new Badge(element.label(), "element", element.name());
    }

    static Badge of(CollaborativeStatus status) {
        return new Badge(status.label(), "status", status.name());
    }

    static Badge of(InvitationStatus status) {
        String label = switch (status) {
            case PENDING -> "Waiting";
            case ACCEPTED -> "Accepted";
            case EXPIRED -> "Expired";
            case CLOSED -> "Closed";
            case UNKNOWN -> "Unknown";
        };
        return new Badge(label, "status", status.name());
    }
}
