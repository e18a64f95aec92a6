package org.allteach.messaging.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.messaging.ContextOption;
import org.allteach.messaging.ConversationContext;
import org.allteach.messaging.ConversationSummary;
import org.allteach.messaging.Conversations;
import org.allteach.messaging.Inbox;
import org.allteach.messaging.Participant;
import org.allteach.shared.ui.PageHeader;

/** The person's conversations, most recent first, bold while unread; updated live. */
@Route(MessagesView.PATH)
@PageTitle("Messages · AllTeach")
@Menu(order = 5, title = "Messages", icon = "vaadin:chat")
@PermitAll
class MessagesView extends Main implements BeforeEnterObserver {

    static final String PATH = "messages";

    private final Inbox inbox;
    private final LiveMessaging live;
    private final long me;
    private final MessageTimes times;
    private final Map<ConversationContext, String> contextNames;
    private final VirtualList<ConversationSummary> list = new VirtualList<>();
    private final Paragraph empty = new Paragraph("No conversations yet. Write to someone in your collaborative: "
            + "a question for your coach, a thank-you to another team, a quick check before the next call.");
    private Registration liveUpdates;
    private final List<ContextOption> contexts;
    private final Conversations conversations;

    MessagesView(Inbox inbox, Conversations conversations, LiveMessaging live, Accounts accounts,
                 CurrentPerson currentPerson, Clock clock) {
        this.inbox = inbox;
        this.live = live;
        this.me = currentPerson.requireId();
        PersonProfile viewer = accounts.myProfile();
        this.times = new MessageTimes(viewer.timeZone(), viewer.locale(), clock);
        this.contexts = inbox.contexts();
        this.conversations = conversations;
        this.contextNames = contexts.size() > 1
                ? contexts.stream().collect(Collectors.toMap(ContextOption::context, ContextOption::name))
                : Map.of();
        addClassNames("page", "messages-page");

        Button newMessage = new Button("New message", VaadinIcon.EDIT.create());
        newMessage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newMessage.addClickListener(click -> newConversation().open());
        if (contexts.isEmpty()) {
            newMessage.setEnabled(false);
            newMessage.setTooltipText("You can write to people once you belong to a collaborative.");
        }

        list.addClassName("conversation-list");
        list.setRenderer(new ComponentRenderer<>(this::row));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> inbox.conversations(toSpringPageRequest(query)).stream(),
                query -> inbox.conversationCount()));
        empty.addClassName("muted");
        add(new PageHeader("Messages", newMessage), empty, list);
        showWhetherEmpty();
    }

    private NewConversationDialog newConversation() {
        return new NewConversationDialog(inbox, conversations, contexts,
                id -> getUI().ifPresent(ui -> ui.navigate(ConversationView.class, ConversationView.parameters(id))));
    }

    /** {@code messages?to=<person>&in=community} opens a new message to that person (the directory links here). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Long to = query.getSingleParameter("to").flatMap(MessagesView::id).orElse(null);
        boolean community = query.getSingleParameter("in").filter("community"::equals).isPresent();
        if (to == null || !community) {
            return;
        }
        ConversationContext context = ConversationContext.community();
        contexts.stream().filter(option -> option.context().equals(context)).findFirst().ifPresent(option ->
                inbox.possibleRecipient(context, to).ifPresent(person -> {
                    NewConversationDialog dialog = newConversation();
                    dialog.writeTo(option, person);
                    dialog.open();
                }));
    }

    private static java.util.Optional<Long> id(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return java.util.Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates = live.onInbox(attach.getUI(), me, () -> {
            list.getDataProvider().refreshAll();
            showWhetherEmpty();
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        liveUpdates.remove();
    }

    private void showWhetherEmpty() {
        boolean none = inbox.conversationCount() == 0;
        empty.setVisible(none);
        list.setVisible(!none);
    }

    private RouterLink row(ConversationSummary conversation) {
        RouterLink row = new RouterLink(ConversationView.class, ConversationView.parameters(conversation.id()));
        row.addClassName("conversation-row");
        if (conversation.unread() > 0) {
            row.addClassName("unread");
        }
        AvatarGroup avatars = new AvatarGroup();
        avatars.setMaxItemsVisible(2);
        for (Participant other : conversation.others()) {
            AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(other.displayName());
            item.setColorIndex((int) (other.personId() % 7));
            avatars.add(item);
        }
        if (conversation.others().isEmpty()) {
            avatars.add(new AvatarGroup.AvatarGroupItem("?"));
        }

        Span title = new Span(conversation.title());
        title.addClassName("conversation-title");
        Span time = new Span(conversation.lastActivityAt() == null ? "" : times.brief(conversation.lastActivityAt()));
        time.addClassName("conversation-time");
        Div top = new Div(title);
        String contextName = contextNames.get(conversation.context());
        if (contextName != null) {
            Span context = new Span(contextName);
            context.addClassName("conversation-context");
            top.add(context);
        }
        top.add(time);
        top.addClassName("conversation-top");

        Span snippet = new Span(conversation.snippet());
        snippet.addClassName("conversation-snippet");
        Div bottom = new Div(snippet);
        bottom.addClassName("conversation-bottom");
        if (conversation.unread() > 0) {
            Span count = new Span(String.valueOf(conversation.unread()));
            count.addClassName("unread-count");
            count.getElement().setAttribute("aria-label", conversation.unread() + " unread");
            bottom.add(count);
        }
        if (conversation.subject() != null && !conversation.others().isEmpty()) {
            Span people = new Span(conversation.others().stream().map(Participant::displayName)
                    .collect(Collectors.joining(", ")));
            people.addClassName("conversation-people");
            Div text = new Div(top, people, bottom);
            text.addClassName("conversation-text");
            row.add(avatars, text);
        } else {
            Div text = new Div(top, bottom);
            text.addClassName("conversation-text");
            row.add(avatars, text);
        }
        return row;
    }
}
