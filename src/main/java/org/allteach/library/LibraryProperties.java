package org.allteach.library;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxFileSize largest file a resource version may have ({@code allteach.library.max-file-size}) */
@ConfigurationProperties("allteach.library")
public record LibraryProperties(@DefaultValue("50MB") DataSize maxFileSize) {
}
