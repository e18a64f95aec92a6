package org.allteach.library;

import java.time.Instant;

/**
 * One uploaded version of a resource's file, newest first in a resource's history. The text status and its problem
 * are filled for people who may change the resource (the uploader sees why a file could not be indexed).
 */
public record VersionView(int number, String fileName, String mediaType, String size, String downloadPath,
                          String note, String uploadedByName, Instant uploadedAt, TextStatus textStatus,
                          String textProblem) {
}
