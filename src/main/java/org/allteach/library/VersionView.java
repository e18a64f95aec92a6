package org.allteach.library;

import java.time.Instant;

/** One uploaded version of a resource's file, newest first in a resource's history. */
public record VersionView(int number, String fileName, String mediaType, String size, String downloadPath,
                          String note, String uploadedByName, Instant uploadedAt) {
}
