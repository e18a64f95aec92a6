package org.allteach.collaborative;

import java.util.List;

/** How shared work credits a team: its name, its collaborative and the organisations that form it. */
public record TeamByline(long id, String name, String collaborativeName, List<String> organisations) {
}
