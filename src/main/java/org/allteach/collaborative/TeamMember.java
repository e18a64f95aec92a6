package org.allteach.collaborative;

import java.time.ZoneId;

public record TeamMember(long personId, String displayName, String email, Role role, ZoneId timeZone) {
}
