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
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.files.ui.FileUploadField;
import org.allteach.library.Library;
import org.allteach.library.LibraryProperties;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/** Adding a resource: what it is, who may see it, and its file (or a link for recordings). */
@Route("library/new")
@PageTitle("Add a resource · AllTeach")
@PermitAll
class NewResourceView extends Main {

    private final Library library;
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

    NewResourceView(Library library, Collaboratives collaboratives, Teams teams, FileStorage files,
                    LibraryProperties properties) {
        this.library = library;
        this.teams = teams;
        addClassNames("page", "narrow-page");
        List<CollaborativeSummary> mine = collaboratives.mine();
        collaborative.setLabel("Collaborative");
        collaborative.setItems(mine);
        collaborative.setItemLabelGenerator(CollaborativeSummary::name);
        collaborative.setVisible(mine.size() > 1);
        collaborative.addValueChangeListener(change -> showTeams());
        kind.setLabel("Kind");
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(ResourceKind::label);
        kind.setWidth("16rem");
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
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);
        visibility.setValue(Visibility.COLLABORATIVE);
        visibility.addValueChangeListener(change -> team.setVisible(change.getValue() == Visibility.TEAM));
        team.setLabel("Team");
        team.setItemLabelGenerator(TeamRef::name);
        team.setVisible(false);
        file = new FileUploadField(files, UploadRules.documents(properties.maxFileSize().toBytes()), "File");
        note.setWidthFull();
        Button save = new Button("Add to the library", click -> submit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> getUI().ifPresent(ui -> ui.navigate(LibraryView.class)));
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        Div row = new Div(kind, focusArea, year, licence);
        row.addClassName("form-row");
        add(new Div(new RouterLink("Library", LibraryView.class)), new PageHeader("Add a resource"), collaborative,
                title, row, summary, tags, file, note, link, visibility, team, actions);
        if (!mine.isEmpty()) {
            collaborative.setValue(mine.getFirst());
        }
    }

    private void showTeams() {
        CollaborativeSummary chosen = collaborative.getValue();
        team.setItems(chosen == null ? List.of() : teams.teamRefs(chosen.id()));
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
        FieldErrors.clear(fields);
        if (collaborative.getValue() == null) {
            FieldErrors.mark(collaborative, "Join a collaborative before adding resources.");
            return;
        }
        List<StoredFile> uploaded = file.getFiles();
        FieldErrors.submit(fields, () -> {
            long id = library.add(new ResourceDetails(collaborative.getValue().id(), kind.getValue(), title.getValue(),
                            summary.getValue(), focusArea.getValue(), Arrays.asList(tags.getValue().split(",")),
                            year.getValue(), licence.getValue(), link.getValue(), visibility.getValue(),
                            team.getValue() == null ? null : team.getValue().id()),
                    uploaded.isEmpty() ? null : uploaded.getLast().id(), note.getValue());
            getUI().ifPresent(ui -> ui.navigate(ResourceView.class, new RouteParameters("resourceId",
                    String.valueOf(id))));
        });
    }
}
