package org.allteach.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives ({@code allteach.search.*}). It is derived data: deleting the folder makes the portal
 * rebuild it from the database at the next start, so it need not be backed up.
 */
@ConfigurationProperties("allteach.search")
public record SearchProperties(@DefaultValue("data/search") Path root) {
}
