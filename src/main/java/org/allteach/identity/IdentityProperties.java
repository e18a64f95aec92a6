package org.allteach.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param passwordResetValidity how long a password reset link works
 * @param invitationValidity    how long an invitation link works
 * @param adminEmail            on a fresh installation, this address gets the first administrator account and an
 *                              email to set its password
 */
@ConfigurationProperties("allteach.identity")
public record IdentityProperties(
        @DefaultValue("1h") Duration passwordResetValidity,
        @DefaultValue("14d") Duration invitationValidity,
        String adminEmail) {
}
