package org.allteach.library;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the library ({@code allteach.library.*}).
 *
 * @param maxFileSize       largest file a resource version may have
 * @param maxTextCharacters characters of a file's text kept for search; the rest is cut
 * @param textTimeout       how long reading one file's text may take before the reader is killed and the file given up
 * @param textMemory        heap of the separate Java process that reads PDF and Office files; a file that needs more
 *                          is given up
 */
@ConfigurationProperties("allteach.library")
public record LibraryProperties(@DefaultValue("50MB") DataSize maxFileSize,
                                @DefaultValue("2000000") int maxTextCharacters,
                                @DefaultValue("60s") Duration textTimeout,
                                @DefaultValue("512MB") DataSize textMemory) {
}
