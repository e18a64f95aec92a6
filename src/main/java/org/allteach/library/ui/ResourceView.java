package org.allteach.library.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.files.ui.FileUploadField;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.library.Library;
import org.allteach.library.LibraryCopies;
import org.allteach.library.LibraryProperties;
import org.allteach.library.LibraryTopics;
import org.allteach.library.ResourcePage;
import org.allteach.library.StoryboardPage;
import org.allteach.library.Storyboards;
import org.allteach.library.VersionView;
import org.allteach.library.Visibility;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.search.Search;
import org.allteach.search.ui.SimilarItems;
import org.allteach.shared.ui.LiveUpdates;
import org.allteach.shared.ui.PageHeader;

/**
 * One resource: what it is, who shares it, and every version of its file to download. A storyboard shows as its
 * poster, with its PDF to download and the comments of other teams below.
 */
@Route("library/:resourceId")
@PermitAll
class ResourceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Library library;
    private final Storyboards storyboards;
    private final ZoneId zone;
    private final Locale locale;
    private final PageHeader header = new PageHeader("");
    private final Div facts = new Div();
    private final Div summary = new Div();
    private final Div storyboard = new Div();
    private final H2 versionsHeading = new H2("Versions");
    private final Div versions = new Div();
    private final H2 newVersionHeading = new H2("Upload a new version");
    private final Section newVersion = new Section();
    private final FileUploadField file;
    private final TextField note = new TextField("What changed? (optional)");
    private final Button delete = new Button("Remove from the library");
    private final Button shareWithCommunity = new Button("Share with the community", VaadinIcon.GLOBE.create());
    private final Div crumbs = new Div();
    private final Button editStoryboard = new Button("Edit storyboard", VaadinIcon.EDIT.create());
    private final Anchor downloadPoster = new Anchor();
    private final Div comments = new Div();
    private final Button attach = new Button("Attach the team's own poster or slides", VaadinIcon.PAPERCLIP.create());
    private final LiveUpdates liveUpdates;
    private ResourcePage resource;
    private StoryboardPage storyboardPage;
    private final SimilarItems similar;

    ResourceView(Library library, LibraryCopies copies, Storyboards storyboards, Accounts accounts, FileStorage files,
                 LibraryProperties properties, LiveUpdates liveUpdates, Search search) {
        this.library = library;
        this.storyboards = storyboards;
        this.similar = new SimilarItems(search);
        this.liveUpdates = liveUpdates;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        addClassNames("page", "narrow-page");
        file = new FileUploadField(files, UploadRules.documents(properties.maxFileSize().toBytes()), "New version");
        note.setWidthFull();
        Button upload = new Button("Add version", click -> addVersion());
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(upload);
        actions.addClassName("form-actions");
        newVersion.add(newVersionHeading, file, note, actions);
        newVersion.addClassName("card");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        editStoryboard.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(StoryboardEditView.class,
                new RouteParameters("resourceId", String.valueOf(resource.id())))));
        Button pdf = new Button("Download PDF", VaadinIcon.DOWNLOAD_ALT.create());
        pdf.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        downloadPoster.add(pdf);
        downloadPoster.getElement().setAttribute("download", true);
        downloadPoster.getElement().setAttribute("router-ignore", true);
        downloadPoster.addClassName("poster-download");
        shareWithCommunity.setTooltipText("Copy it into the community library, so the alumni and members of every "
                + "cohort find it; this one stays as it is");
        shareWithCommunity.addClickListener(click -> FieldErrors.submit(Map.of(), () -> {
            long shared = copies.shareWithCommunity(resource.id());
            FieldErrors.Notifications.success("Shared with the community of practice.");
            getUI().ifPresent(ui -> ui.navigate(ResourceView.class, new RouteParameters("resourceId",
                    String.valueOf(shared))));
        }));
        header.add(downloadPoster, editStoryboard, shareWithCommunity, delete);
        facts.addClassName("resource-facts");
        summary.addClassName("post-body");
        versions.addClassName("version-list");
        storyboard.addClassName("storyboard");
        attach.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        attach.addClassName("attach-file");
        attach.addClickListener(click -> {
            attach.setVisible(false);
            newVersion.setVisible(true);
        });
        add(crumbs, header, facts, summary, storyboard,
                versionsHeading, versions, attach, newVersion, comments, similar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resource = library.resource(event.getRouteParameters().getLong("resourceId").orElse(-1L));
        storyboardPage = storyboards.storyboard(resource.id()).orElse(null);
        show();
        showStoryboard();
        similar.show(Library.SEARCH_TYPE, resource.id());
        long resourceId = resource.id();
        liveUpdates.follow(event.getUI(), this, LibraryTopics.resource(resourceId), () -> {
            resource = library.resource(resourceId);
            show();
        });
    }

    @Override
    public String getPageTitle() {
        return resource == null ? "Library · AllTeach" : resource.title() + " · Library · AllTeach";
    }

    private void show() {
        header.setTitle(resource.title());
        facts.removeAll();
        facts.add(new Badge(resource.kind().label(), "kind", resource.kind().name()));
        fact("Shared with", resource.visibility() == Visibility.TEAM ? "Team " + resource.teamName()
                : resource.visibility().label());
        crumbs.removeAll();
        if (resource.visibility() == Visibility.COMMUNITY) {
            crumbs.add(new RouterLink("Community library", CommunityLibraryView.class));
            fact("From", resource.collaborativeName());
        } else {
            crumbs.add(new RouterLink("Library", LibraryView.class));
        }
        shareWithCommunity.setVisible(resource.mayShareWithCommunity());
        if (resource.focusArea() != null) {
            fact("Focus area", resource.focusArea());
        }
        if (resource.year() != null) {
            fact("Year", String.valueOf(resource.year()));
        }
        if (resource.licence() != null) {
            fact("Licence", resource.licence());
        }
        if (!resource.authors().isEmpty()) {
            fact("By", String.join(", ", resource.authors()));
        }
        fact("Added by", resource.createdByName() + ", " + date(resource.createdAt()));
        resource.tags().forEach(tag -> {
            Span chip = new Span(tag);
            chip.addClassName("tag");
            facts.add(chip);
        });
        summary.removeAll();
        if (!resource.summaryHtml().isEmpty()) {
            summary.add(new Html("<div>" + resource.summaryHtml() + "</div>"));
        }
        if (resource.link() != null) {
            Anchor link = new Anchor(resource.link(), resource.link());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            summary.add(new Div(new Span("Link: "), link));
        }
        versions.removeAll();
        if (resource.versions().isEmpty()) {
            versions.add(new Span("No file: this resource is a link."));
        }
        resource.versions().forEach(version -> versions.add(version(version)));
        delete.setVisible(resource.mayEdit());
        // A storyboard's content is its poster; files are extra, so they show only when there are some, and the
        // upload only when asked for.
        boolean filesAside = storyboardPage != null && resource.versions().isEmpty() && resource.link() == null;
        versionsHeading.setVisible(!filesAside);
        versions.setVisible(!filesAside);
        newVersion.setVisible(resource.mayEdit() && !filesAside);
        attach.setVisible(resource.mayEdit() && filesAside);
        newVersionHeading.setText(resource.versions().isEmpty() ? "Upload a file" : "Upload a new version");
    }

    /** The poster, its PDF and the comments, when the resource is a storyboard. */
    private void showStoryboard() {
        storyboard.removeAll();
        comments.removeAll();
        StoryboardPage page = storyboardPage;
        editStoryboard.setVisible(page != null && page.mayEdit());
        downloadPoster.setVisible(page != null);
        if (page == null) {
            return;
        }
        addClassName("storyboard-page");
        downloadPoster.setHref(page.posterPath());
        storyboard.add(new Poster(page, date(page.updatedAt())));
        comments.add(new StoryboardComments(storyboards, page.resourceId(), zone, locale));
    }

    private void fact(String label, String value) {
        Span fact = new Span(label + ": " + value);
        fact.addClassName("resource-fact");
        facts.add(fact);
    }

    private Div version(VersionView version) {
        Anchor download = new Anchor(version.downloadPath(), version.fileName());
        download.getElement().setAttribute("download", true);
        Span number = new Span("Version " + version.number());
        number.addClassName("version-number");
        Span meta = new Span(version.size() + " · " + version.uploadedByName() + ", " + date(version.uploadedAt()));
        meta.addClassName("muted");
        Div row = new Div(number, download, meta);
        if (version.textStatus() != null) {
            row.add(textStatus(version));
        }
        if (version.note() != null && !version.note().isBlank()) {
            Span note = new Span("“" + version.note() + "”");
            note.addClassName("version-note");
            row.add(note);
        }
        row.addClassName("version-row");
        return row;
    }

    /** For the people who may change the resource: whether search can find the file's words, and if not, why. */
    private static Span textStatus(VersionView version) {
        Span status = switch (version.textStatus()) {
            case PENDING -> new Span("Reading the text for search…");
            case EXTRACTED -> new Span("Searchable");
            case TRUNCATED -> new Span("Searchable (the first part: the file is very long)");
            case FAILED -> new Span("Could not be indexed: " + version.textProblem());
        };
        status.addClassNames("text-status", "text-" + version.textStatus().name().toLowerCase(Locale.ROOT));
        return status;
    }

    private void addVersion() {
        Map<String, HasValidation> fields = Map.of("file", file, "note", note);
        FieldErrors.clear(fields);
        if (file.getFiles().isEmpty()) {
            FieldErrors.mark(file, "Upload the new version first.");
            return;
        }
        StoredFile latest = file.getFiles().getLast();
        FieldErrors.submit(fields, () -> {
            int number = library.addVersion(resource.id(), latest.id(), note.getValue());
            file.clear();
            note.clear();
            resource = library.resource(resource.id());
            show();
            FieldErrors.Notifications.success("Version " + number + " added. Earlier versions stay downloadable.");
        });
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Remove “" + resource.title() + "”?",
                "It will no longer be listed or found. Its record and files are kept.", "Remove", click -> {
                    library.delete(resource.id());
                    getUI().ifPresent(ui -> ui.navigate(LibraryView.class));
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String date(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(zone));
    }
}
