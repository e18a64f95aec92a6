package org.allteach.discussion.ui;

import java.util.Arrays;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.HasValidation;
import jakarta.annotation.security.PermitAll;
import org.allteach.discussion.CategoryHeader;
import org.allteach.discussion.DiscussionProperties;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.NewThread;
import org.allteach.discussion.Posting;
import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.files.ui.FileUploadField;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.springframework.security.access.AccessDeniedException;

/** Starting a thread: title, Markdown body with a preview, and a few tags. */
@Route("discuss/c/:categoryId/new")
@PermitAll
class NewThreadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Discussions discussions;
    private final Posting posting;
    private final TextField title = new TextField("Title");
    private final TextField tags = new TextField("Tags");
    private final MarkdownEditor body;
    private final FileUploadField attachments;
    private final RouterLink back = new RouterLink();
    private CategoryHeader category;

    NewThreadView(Discussions discussions, Posting posting, MarkdownRenderer markdown, FileStorage files,
                  DiscussionProperties properties) {
        this.discussions = discussions;
        this.posting = posting;
        this.body = new MarkdownEditor("What would you like to share?", markdown,
                prefix -> discussions.mentionable(category.spaceId(), prefix));
        this.attachments = new FileUploadField(files,
                UploadRules.documents(properties.maxAttachmentSize().toBytes()), "Images and files");
        addClassNames("page", "narrow-page");
        title.setWidthFull();
        title.setPlaceholder("e.g. Text reminders halved our no-shows");
        tags.setWidthFull();
        tags.setHelperText("Up to 5, separated by commas: no-shows, REaL data, pharmacist");
        Button post = new Button("Start thread", click -> submit());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> getUI().ifPresent(ui -> ui.navigate(CategoryView.class,
                new RouteParameters("categoryId", String.valueOf(category.id())))));
        Div actions = new Div(post, cancel);
        actions.addClassName("form-actions");
        Div crumbs = new Div(new RouterLink("Discussions", DiscussionsView.class), new Span("›"), back);
        crumbs.addClassName("breadcrumbs");
        add(crumbs, new PageHeader("New thread"), title, body, attachments, tags, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        category = discussions.category(event.getRouteParameters().getLong("categoryId").orElse(-1L));
        if (!category.mayStartThread()) {
            throw new AccessDeniedException("Only coaches and organisers start threads in " + category.name() + ".");
        }
        back.setText(category.spaceName() + " · " + category.name());
        back.setRoute(CategoryView.class, new RouteParameters("categoryId", String.valueOf(category.id())));
    }

    @Override
    public String getPageTitle() {
        return "New thread · AllTeach";
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of("title", title, "body", body.field(), "tags", tags,
                "attachments", attachments);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            long threadId = posting.startThread(new NewThread(category.id(), title.getValue(), body.getValue(),
                    Arrays.asList(tags.getValue().split(",")),
                    attachments.getFiles().stream().map(StoredFile::id).toList()));
            getUI().ifPresent(ui -> ui.navigate(ThreadView.class, new RouteParameters("threadId",
                    String.valueOf(threadId))));
        });
    }
}
