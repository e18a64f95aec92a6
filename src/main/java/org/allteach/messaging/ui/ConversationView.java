package org.allteach.messaging.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.messaging.ConversationDetails;
import org.allteach.messaging.Conversations;
import org.allteach.messaging.MessageKind;
import org.allteach.messaging.MessagePage;
import org.allteach.messaging.MessageView;
import org.allteach.messaging.Participant;
import org.allteach.shared.ui.FieldErrors;

/**
 * One conversation: messages oldest to newest with the composer below, earlier ones on request. New messages from
 * others appear as they are sent and count as read while the page is open.
 */
@Route("messages/:conversationId")
@PermitAll
class ConversationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 50;
    /** Messages by the same person this close together share one header. */
    private static final Duration RUN = Duration.ofMinutes(5);

    private final Conversations conversations;
    private final LiveMessaging live;
    private final MessageTimes times;
    private final long me;

    private final H1 heading = new H1();
    private final Span people = new Span();
    private final Button addPeople = new Button("Add people", VaadinIcon.PLUS.create());
    private final Button leave = new Button("Leave");
    private final Button showEarlier = new Button("Show earlier messages");
    private final Div thread = new Div();
    private final TextArea composer = new TextArea();
    private final Button send = new Button("Send", VaadinIcon.PAPERPLANE.create());

    private long conversationId;
    private ConversationDetails details;
    private MessageView oldest;
    private MessageView newest;
    private Registration liveUpdates;

    ConversationView(Conversations conversations, LiveMessaging live, Accounts accounts, Clock clock) {
        this.conversations = conversations;
        this.live = live;
        PersonProfile viewer = accounts.myProfile();
        this.me = viewer.id();
        this.times = new MessageTimes(viewer.timeZone(), viewer.locale(), clock);
        addClassNames("page", "conversation-page");

        RouterLink back = new RouterLink(MessagesView.class);
        back.add(VaadinIcon.ARROW_LEFT.create(), new Span("Messages"));
        back.addClassName("conversation-back");
        people.addClassName("conversation-people");
        addPeople.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addPeople.addClickListener(click -> new AddPeopleDialog(conversations, conversationId,
                this::refreshFromServer).open());
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        leave.addClickListener(click -> confirmLeave());
        Div actions = new Div(addPeople, leave);
        actions.addClassName("conversation-actions");
        Div titles = new Div(heading, people);
        titles.addClassName("conversation-titles");
        Div header = new Div(back, titles, actions);
        header.addClassName("conversation-header");

        showEarlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showEarlier.addClassName("show-earlier");
        showEarlier.addClickListener(click -> showEarlier());
        thread.addClassName("message-thread");
        // Screen readers announce messages as they arrive.
        thread.getElement().setAttribute("role", "log");
        // Reversed flex direction keeps the newest message in view as messages arrive or earlier ones are added.
        Div scroller = new Div(thread);
        scroller.addClassName("message-scroller");

        composer.setAriaLabel("Message");
        composer.setPlaceholder("Write a message");
        composer.setHelperText("Markdown works: **bold**, _italic_, - lists, [links](https://…). Ctrl+Enter sends.");
        composer.setMaxLength(Conversations.MAX_BODY);
        composer.addClassName("composer-text");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        // Blurring first sends what was typed to the server before the click is handled.
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(composer).resetFocusOnActiveElement();
        send.addClickShortcut(Key.ENTER, KeyModifier.META).listenOn(composer).resetFocusOnActiveElement();
        Div composerRow = new Div(composer, send);
        composerRow.addClassName("composer");

        add(header, scroller, composerRow);
    }

    static RouteParameters parameters(long conversationId) {
        return new RouteParameters("conversationId", String.valueOf(conversationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversationId = event.getRouteParameters().getLong("conversationId").orElseThrow(NotFoundException::new);
        MessagePage latest;
        try {
            details = conversations.conversation(conversationId);
            latest = conversations.messagesBefore(conversationId, null, PAGE);
        } catch (NoSuchElementException unknownOrNotMine) {
            throw new NotFoundException();
        }
        showDetails();
        thread.removeAll();
        oldest = null;
        newest = null;
        thread.add(showEarlier);
        showEarlier.setVisible(latest.hasEarlier());
        appendAll(latest.messages());
        oldest = latest.messages().isEmpty() ? null : latest.messages().getFirst();
        composer.clear();
        FieldErrors.clear(Map.of("body", composer));
        markRead();
        if (liveUpdates != null) {
            liveUpdates.remove();
        }
        liveUpdates = live.onConversation(event.getUI(), conversationId, this::refreshFromServer);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (liveUpdates != null) {
            liveUpdates.remove();
            liveUpdates = null;
        }
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "Conversation" : details.title()) + " \u00b7 AllTeach";
    }

    private void showDetails() {
        heading.setText(details.title());
        List<String> others = details.participants().stream().filter(p -> p.personId() != me)
                .map(Participant::displayName).toList();
        if (others.isEmpty()) {
            people.setText("Everyone else has left this conversation.");
        } else if (details.subject() != null) {
            people.setText(String.join(", ", others) + " and you");
        } else {
            people.setText(details.direct() ? "Direct message" : "Group of " + details.participants().size());
        }
        addPeople.setVisible(!details.direct());
        leave.setVisible(!details.direct());
    }

    /** New messages, notes and people, after a live update or one's own change. */
    private void refreshFromServer() {
        try {
            details = conversations.conversation(conversationId);
        } catch (NoSuchElementException leftElsewhere) {
            getUI().ifPresent(ui -> ui.navigate(MessagesView.class));
            return;
        }
        showDetails();
        List<MessageView> arrived;
        do {
            arrived = conversations.messagesAfter(conversationId, newest == null ? 0 : newest.id());
            appendAll(arrived);
        } while (arrived.size() == Conversations.MAX_PAGE);
        markRead();
    }

    private void send() {
        Map<String, TextArea> fields = Map.of("body", composer);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            conversations.send(conversationId, composer.getValue());
            composer.clear();
            refreshFromServer();
            composer.focus();
        });
    }

    private void showEarlier() {
        if (oldest == null) {
            return;
        }
        MessagePage earlier = conversations.messagesBefore(conversationId, oldest.id(), PAGE);
        MessageView previous = null;
        int index = 1;
        for (MessageView message : earlier.messages()) {
            thread.addComponentAtIndex(index++, render(message, previous));
            previous = message;
        }
        if (!earlier.messages().isEmpty()) {
            oldest = earlier.messages().getFirst();
        }
        showEarlier.setVisible(earlier.hasEarlier());
    }

    private void appendAll(List<MessageView> messages) {
        for (MessageView message : messages) {
            thread.add(render(message, newest));
            newest = message;
        }
    }

    private void markRead() {
        if (newest != null) {
            conversations.markRead(conversationId, newest.id());
        }
    }

    private Div render(MessageView message, MessageView previous) {
        Div item = new Div();
        item.addClassName("message");
        item.getElement().setAttribute("data-message-id", String.valueOf(message.id()));
        if (message.kind() == MessageKind.NOTE) {
            item.addClassName("message-note");
            item.add(new Html("<div class=\"message-note-text\">" + message.html() + "</div>"),
                    time(message));
            return item;
        }
        if (message.mine()) {
            item.addClassName("mine");
        }
        boolean continues = previous != null && previous.kind() == MessageKind.MESSAGE
                && previous.senderId() == message.senderId()
                && Duration.between(previous.sentAt(), message.sentAt()).compareTo(RUN) < 0;
        Html body = new Html("<div class=\"message-body\">" + message.html() + "</div>");
        if (continues) {
            item.addClassName("continued");
            item.add(new Div(), body);
            item.getElement().setAttribute("title", times.full(message.sentAt()));
            return item;
        }
        Avatar avatar = new Avatar(message.senderName());
        avatar.setColorIndex((int) (message.senderId() % 7));
        Span name = new Span(message.mine() ? "You" : message.senderName());
        name.addClassName("message-sender");
        Div meta = new Div(name, time(message));
        meta.addClassName("message-meta");
        Div content = new Div(meta, body);
        content.addClassName("message-content");
        item.add(avatar, content);
        return item;
    }

    private Span time(MessageView message) {
        Span time = new Span(times.full(message.sentAt()));
        time.addClassName("message-time");
        return time;
    }

    private void confirmLeave() {
        ConfirmDialog confirm = new ConfirmDialog("Leave this conversation?",
                "It disappears from your messages and you get no new ones. Anyone still in it can add you again.",
                "Leave", event -> {
                    conversations.leave(conversationId);
                    getUI().ifPresent(ui -> ui.navigate(MessagesView.class));
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
