package org.allteach.library;

import java.util.List;

/**
 * Who made a resource.
 *
 * @param personIds people of the resource's collaborative, in the order they are credited
 * @param teamIds   teams of the resource's collaborative
 * @param others    authors from outside the portal, as written (e.g. a paper's co-authors)
 */
public record ResourceAuthors(List<Long> personIds, List<Long> teamIds, String others) {

    public static final ResourceAuthors NONE = new ResourceAuthors(List.of(), List.of(), null);

    public ResourceAuthors {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
    }
}
