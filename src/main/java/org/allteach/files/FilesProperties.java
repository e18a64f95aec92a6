package org.allteach.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param root the folder that holds every uploaded file (in sharded subfolders); back it up together with the
 *             database, which holds what the files are and who may see them
 */
@ConfigurationProperties("allteach.files")
public record FilesProperties(@DefaultValue("data/files") Path root) {
}
