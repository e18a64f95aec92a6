package org.allteach.library.ui;

import java.time.Year;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.AudienceMember;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.files.ui.FileUploadField;
import org.allteach.library.Library;
import org.allteach.library.LibraryProperties;
import org.allteach.library.ResourceAuthors;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Storyboards;
import org.allteach.library.Visibility;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * Adding a resource: what it is, who may see it, and its file (or a link for recordings). A storyboard instead gets
 * its team and its sections, and a file only if the team has its own poster or slides
 * ({@code library/new?kind=storyboard} opens the form that way).
 */
@Route("library/new")
@PageTitle("Add a resource · AllTeach")
@PermitAll
class NewResourceView extends Main implements BeforeEnterObserver {

    /** The query parameter that chooses the kind up front. */
    static final String KIND = "kind";
    /** The query parameter that chooses who may see it up front ({@code community} from the community library). */
    static final String VISIBILITY = "visibility";

    private final Library library;
    private final Storyboards storyboards;
    private final Teams teams;
    private final Select<CollaborativeSummary> collaborative = new Select<>();
    private final Select<ResourceKind> kind = new Select<>();
    private final TextField title = new TextField("Title");
    private final TextArea summary = new TextArea("Summary");
    private final TextField focusArea = new TextField("Focus area");
    private final TextField tags = new TextField("Tags");
    private final IntegerField year = new IntegerField("Year");
    private final TextField licence = new TextField("Licence");
    private final TextField link = new TextField("Link");
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>("Who may see it?");
    private final Select<TeamRef> team = new Select<>();
    private final FileUploadField file;
    private final TextField note = new TextField("Note on this version (optional)");
    private final MultiSelectComboBox<AudienceMember> authorPeople = new MultiSelectComboBox<>("Authors");
    private final MultiSelectComboBox<TeamRef> authorTeams = new MultiSelectComboBox<>("Author teams");
    private final TextField otherAuthors = new TextField("Other authors");
    private final Div authors = new Div();
    private final Div storyboardPart = new Div();
    private final Select<TeamRef> storyboardTeam = new Select<>();
    private final StoryboardFields sections = new StoryboardFields();
    private final Button save = new Button();

    private final CollaborativeAccess access;

    NewResourceView(Library library, Storyboards storyboards, Collaboratives collaboratives, Teams teams,
                    CollaborativeAccess access, FileStorage files, LibraryProperties properties) {
        this.library = library;
        this.access = access;
        this.storyboards = storyboards;
        this.teams = teams;
        addClassNames("page", "narrow-page");
        // resources are added to open collaboratives only: a closed one's library is an archive (decision 0033)
        List<CollaborativeSummary> mine = collaboratives.mine().stream()
                .filter(c -> c.status() != CollaborativeStatus.ALUMNI).toList();
        collaborative.setLabel("Collaborative");
        collaborative.setItems(mine);
        collaborative.setItemLabelGenerator(CollaborativeSummary::name);
        collaborative.setVisible(mine.size() > 1);
        collaborative.addValueChangeListener(change -> showTeams());
        kind.setLabel("Kind");
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(ResourceKind::label);
        kind.setWidth("16rem");
        kind.addValueChangeListener(change -> showKind());
        title.setWidthFull();
        summary.setWidthFull();
        summary.setMinRows(4);
        summary.setHelperText("Markdown: what it is, who it is for, how to use it.");
        focusArea.setPlaceholder("e.g. Diabetes, hypertension, cancer screening");
        tags.setWidthFull();
        tags.setHelperText("Up to 5, separated by commas: REaL data, reminders, pharmacist");
        year.setValue(Year.now().getValue());
        licence.setPlaceholder("e.g. CC BY 4.0");
        link.setWidthFull();
        link.setHelperText("For recordings and resources that live elsewhere: a full https:// address.");
        visibility.setItems(Arrays.stream(Visibility.values()).filter(choice -> choice != Visibility.COMMUNITY
                || library.mayAddToCommunityLibrary()).toList());
        visibility.setItemLabelGenerator(Visibility::label);
        visibility.setValue(Visibility.COLLABORATIVE);
        visibility.addValueChangeListener(change -> showKind());
        team.setLabel("Team");
        team.setItemLabelGenerator(TeamRef::name);
        team.setVisible(false);
        authorPeople.setItemLabelGenerator(person -> person.teamName() == null ? person.displayName()
                : person.displayName() + " (" + person.teamName() + ")");
        authorPeople.setPlaceholder("Choose people");
        authorPeople.setHelperText("People of the collaborative who made it");
        authorPeople.setWidth("22rem");
        authorTeams.setItemLabelGenerator(TeamRef::name);
        authorTeams.setPlaceholder("Choose teams");
        authorTeams.setWidth("18rem");
        otherAuthors.setWidthFull();
        otherAuthors.setHelperText("Authors from outside the portal, as they should be cited: "
                + "e.g. L. Chen, University of Illinois Chicago");
        Div credited = new Div(authorPeople, authorTeams);
        credited.addClassName("form-row");
        authors.add(credited, otherAuthors);
        file = new FileUploadField(files, UploadRules.documents(properties.maxFileSize().toBytes()), "File");
        note.setWidthFull();
        storyboardTeam.setLabel("Our team");
        storyboardTeam.setItemLabelGenerator(TeamRef::name);
        storyboardTeam.setHelperText("The storyboard belongs to this team: its members and coach can change it.");
        storyboardTeam.setWidth("24rem");
        Paragraph storyboardLead = new Paragraph("A storyboard tells other teams what your team set out to do, what "
                + "you tested and what you learned. It is shown as a one-page poster you can also print as a PDF.");
        storyboardLead.addClassName("muted");
        storyboardPart.add(new H2("Your storyboard"), storyboardLead, storyboardTeam, sections);
        storyboardPart.addClassNames("card", "storyboard-part");
        save.addClickListener(click -> submit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> getUI().ifPresent(ui -> ui.navigate(LibraryView.class)));
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        Div row = new Div(kind, focusArea, year, licence);
        row.addClassName("form-row");
        add(new Div(new RouterLink("Library", LibraryView.class)), new PageHeader("Add a resource"), collaborative,
                title, row, storyboardPart, summary, authors, tags, file, note, link, visibility, team, actions);
        if (!mine.isEmpty()) {
            collaborative.setValue(mine.getFirst());
        }
        showKind();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(KIND)
                .flatMap(wanted -> Arrays.stream(ResourceKind.values())
                        .filter(candidate -> candidate.name().equalsIgnoreCase(wanted)).findFirst())
                .ifPresent(kind::setValue);
        event.getLocation().getQueryParameters().getSingleParameter(VISIBILITY)
                .flatMap(wanted -> visibility.getListDataView().getItems()
                        .filter(candidate -> candidate.name().equalsIgnoreCase(wanted)).findFirst())
                .ifPresent(visibility::setValue);
    }

    private void showTeams() {
        CollaborativeSummary chosen = collaborative.getValue();
        List<TeamRef> collaborativeTeams = chosen == null ? List.of() : teams.teamRefs(chosen.id());
        team.setItems(collaborativeTeams);
        authorTeams.setItems(collaborativeTeams);
        authorPeople.clear();
        authorPeople.setItems(query -> chosen == null ? java.util.stream.Stream.empty()
                : access.audience(chosen.id(), null, query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        List<TeamRef> mineToWriteFor = chosen == null ? List.of() : storyboards.teamsFor(chosen.id());
        storyboardTeam.setItems(mineToWriteFor);
        if (mineToWriteFor.size() == 1) {
            storyboardTeam.setValue(mineToWriteFor.getFirst());
        }
    }

    /** A storyboard's content is its sections: the summary and link give way, and a file becomes optional. */
    private void showKind() {
        boolean storyboard = isStoryboard();
        storyboardPart.setVisible(storyboard);
        summary.setVisible(!storyboard);
        authors.setVisible(!storyboard);
        link.setVisible(!storyboard);
        file.setLabel(storyboard ? "Your own poster or slides (optional)" : "File");
        team.setVisible(!storyboard && visibility.getValue() == Visibility.TEAM);
        collaborative.setLabel(visibility.getValue() == Visibility.COMMUNITY ? "From the collaborative"
                : "Collaborative");
        visibility.setItemLabelGenerator(choice -> storyboard && choice == Visibility.TEAM
                ? "Only our team (and our coach and the organisers)" : choice.label());
        save.setText(storyboard ? "Add the storyboard" : "Add to the library");
    }

    private boolean isStoryboard() {
        return kind.getValue() == ResourceKind.STORYBOARD;
    }

    private ResourceDetails details(String summaryText, String linkText, TeamRef chosenTeam) {
        return new ResourceDetails(collaborative.getValue().id(), kind.getValue(), title.getValue(), summaryText,
                focusArea.getValue(), Arrays.asList(tags.getValue().split(",")), year.getValue(), licence.getValue(),
                linkText, visibility.getValue(), chosenTeam == null ? null : chosenTeam.id(), isStoryboard() ? null
                : new ResourceAuthors(authorPeople.getValue().stream().map(AudienceMember::personId).toList(),
                authorTeams.getValue().stream().map(TeamRef::id).toList(), otherAuthors.getValue()));
    }

    private void submit() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("collaborative", collaborative);
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("focusArea", focusArea);
        fields.put("tags", tags);
        fields.put("year", year);
        fields.put("licence", licence);
        fields.put("link", link);
        fields.put("visibility", visibility);
        fields.put("team", team);
        fields.put("file", file);
        fields.put("note", note);
        fields.put("authors", otherAuthors);
        if (isStoryboard()) {
            fields.putAll(sections.fields());
            fields.put("team", storyboardTeam);
        }
        FieldErrors.clear(fields);
        if (collaborative.getValue() == null) {
            FieldErrors.mark(collaborative, "Join a collaborative before adding resources.");
            return;
        }
        List<StoredFile> uploaded = file.getFiles();
        Long fileId = uploaded.isEmpty() ? null : uploaded.getLast().id();
        FieldErrors.submit(fields, () -> {
            long id;
            if (isStoryboard()) {
                id = storyboards.create(details("", null, storyboardTeam.getValue()), sections.value(), fileId,
                        note.getValue());
            } else {
                id = library.add(details(summary.getValue(), link.getValue(), team.getValue()), fileId,
                        note.getValue());
            }
            getUI().ifPresent(ui -> ui.navigate(ResourceView.class, new RouteParameters("resourceId",
                    String.valueOf(id))));
        });
    }
}
