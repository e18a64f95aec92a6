package org.allteach.library.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourcePage;
import org.allteach.library.StoryboardPage;
import org.allteach.library.Storyboards;
import org.allteach.library.Visibility;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.springframework.security.access.AccessDeniedException;

/** Changing a storyboard: its title, who may see it, and its sections. */
@Route("library/:resourceId/storyboard")
@PermitAll
class StoryboardEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Library library;
    private final Storyboards storyboards;
    private final TextField title = new TextField("Title");
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>("Who may see it?");
    private final StoryboardFields sections = new StoryboardFields();
    private final RouterLink back = new RouterLink();
    private ResourcePage resource;
    private StoryboardPage storyboard;

    StoryboardEditView(Library library, Storyboards storyboards) {
        this.library = library;
        this.storyboards = storyboards;
        addClassNames("page", "narrow-page", "storyboard-edit");
        title.setWidthFull();
        visibility.setItems(Arrays.stream(Visibility.values()).filter(choice -> choice != Visibility.COMMUNITY)
                .toList());
        visibility.setItemLabelGenerator(choice -> choice == Visibility.TEAM ? "Only our team (and our coach and the "
                + "organisers)" : choice.label());
        Button save = new Button("Save storyboard", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> backToPoster());
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        add(new Div(back), new PageHeader("Edit storyboard"), title, sections, visibility, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long resourceId = event.getRouteParameters().getLong("resourceId").orElse(-1L);
        resource = library.resource(resourceId);
        storyboard = storyboards.storyboard(resourceId)
                .orElseThrow(() -> new NoSuchElementException("This resource is not a storyboard."));
        if (!storyboard.mayEdit()) {
            throw new AccessDeniedException("Only the team's members, its coach and the organisers may change its "
                    + "storyboard.");
        }
        back.setText(resource.title());
        back.setRoute(ResourceView.class, new RouteParameters("resourceId", String.valueOf(resourceId)));
        title.setValue(resource.title());
        visibility.setValue(resource.visibility());
        sections.setValue(storyboard.sections());
    }

    @Override
    public String getPageTitle() {
        return resource == null ? "Edit storyboard · AllTeach" : "Edit " + resource.title() + " · AllTeach";
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>(sections.fields());
        fields.put("title", title);
        fields.put("visibility", visibility);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            storyboards.update(resource.id(), new ResourceDetails(resource.collaborativeId(), resource.kind(),
                    title.getValue(), resource.summary(), resource.focusArea(), resource.tags(), resource.year(),
                    resource.licence(), resource.link(), visibility.getValue(), storyboard.team().id()),
                    sections.value());
            FieldErrors.Notifications.success("Storyboard saved.");
            backToPoster();
        });
    }

    private void backToPoster() {
        getUI().ifPresent(ui -> ui.navigate(ResourceView.class, new RouteParameters("resourceId",
                String.valueOf(resource.id()))));
    }
}
