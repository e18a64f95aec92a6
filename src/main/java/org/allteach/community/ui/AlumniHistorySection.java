package org.allteach.community.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.allteach.collaborative.AlumniRole;
import org.allteach.community.Community;
import org.allteach.shared.ui.ProfileSection;

/** The profile page shows the roles someone held in collaboratives that have ended: "Alumni of X (2024–2025), …". */
@org.springframework.stereotype.Component
class AlumniHistorySection implements ProfileSection {

    private final Community community;

    AlumniHistorySection(Community community) {
        this.community = community;
    }

    @Override
    public Optional<Component> create() {
        List<AlumniRole> history = community.myHistory();
        if (history.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList roles = new UnorderedList(history.stream().map(role -> new ListItem(role.label()))
                .toArray(ListItem[]::new));
        roles.addClassName("directory-entry-history");
        Section section = new Section(new H2("Alumni"), roles,
                new RouterLink("Carry on in the community of practice", CommunityView.class));
        section.addClassNames("card", "alumni-history");
        return Optional.of(section);
    }
}
