package org.allteach.library;

/** A storyboard's poster as a PDF, with a file name safe for any browser and file system. */
public record PosterFile(String fileName, byte[] pdf) {
}
