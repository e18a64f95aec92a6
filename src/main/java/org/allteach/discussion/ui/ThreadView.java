package org.allteach.discussion.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.discussion.DiscussionProperties;
import org.allteach.discussion.DiscussionTopics;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.Moderation;
import org.allteach.discussion.NotificationLevel;
import org.allteach.discussion.Posting;
import org.allteach.discussion.PostView;
import org.allteach.discussion.Reaction;
import org.allteach.discussion.ThreadHeader;
import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.files.ui.FileUploadField;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.LiveUpdates;
import org.allteach.shared.ui.ArchiveNotice;
import org.allteach.shared.ui.PageHeader;

/**
 * A thread: its posts in a lazily loaded list that opens at the first post the reader has not seen (whatever the
 * thread's length, only the posts on screen are fetched), and a reply box.
 */
@Route("discuss/t/:threadId")
@PermitAll
class ThreadView extends Main implements BeforeEnterObserver, HasDynamicTitle, PostCard.Actions {

    private final Discussions discussions;
    private final Posting posting;
    private final Moderation moderation;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final PersonProfile me;
    private final PageHeader header = new PageHeader("");
    private final Div crumbs = new Div();
    private final Div badges = new Div();
    private final Select<NotificationLevel> level = NotificationLevels.select();
    private final MenuBar moderate = new MenuBar();
    private final VirtualList<PostView> posts = new VirtualList<>();
    private final Div composer = new Div();
    private final ArchiveNotice archived = new ArchiveNotice("This thread");
    private final Span replyingTo = new Span();
    private final Button cancelReplyTo = new Button("Reply to the thread instead");
    private final MarkdownEditor reply;
    private final FileUploadField attachments;
    private CallbackDataProvider<PostView, Void> provider;
    private final LiveUpdates liveUpdates;
    private final Span newReplies = new Span();
    private ThreadHeader thread;
    private Integer replyToNumber;

    ThreadView(Discussions discussions, Posting posting, Moderation moderation, MarkdownRenderer markdown,
               Accounts accounts, Clock clock, FileStorage files, DiscussionProperties properties,
               LiveUpdates liveUpdates) {
        this.liveUpdates = liveUpdates;
        this.discussions = discussions;
        this.posting = posting;
        this.moderation = moderation;
        this.markdown = markdown;
        this.clock = clock;
        this.me = accounts.myProfile();
        addClassNames("page", "thread-page");
        crumbs.addClassName("breadcrumbs");
        badges.addClassName("thread-badges");
        level.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                posting.setThreadLevel(thread.id(), change.getValue());
                FieldErrors.Notifications.success(change.getValue().description());
            }
        });
        moderate.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        header.add(level, moderate);
        posts.addClassName("post-list");
        posts.setRenderer(new ComponentRenderer<>(post -> new PostCard(post, thread.mayMarkSolution(),
                thread.mayReply(), thread.archived(), this, clock, me.timeZone(), me.locale())));
        reply = new MarkdownEditor("Your reply", markdown,
                prefix -> discussions.mentionable(thread.spaceId(), prefix));
        attachments = new FileUploadField(files, UploadRules.documents(properties.maxAttachmentSize().toBytes()),
                "Images and files");
        Button send = new Button("Post reply", click -> sendReply());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelReplyTo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancelReplyTo.addClickListener(click -> replyTo(null));
        Div replyContext = new Div(replyingTo, cancelReplyTo);
        replyContext.addClassName("reply-context");
        Div actions = new Div(send);
        actions.addClassName("form-actions");
        composer.addClassName("reply-composer");
        composer.add(replyContext, reply, attachments, actions);
        newReplies.addClassName("new-replies");
        newReplies.setVisible(false);
        newReplies.getElement().setAttribute("role", "status");
        archived.setVisible(false);
        add(crumbs, header, archived, badges, posts, newReplies, composer);
        replyTo(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long threadId = event.getRouteParameters().getLong("threadId").orElse(-1L);
        thread = discussions.thread(threadId);
        showHeader();
        provider = new CallbackDataProvider<>(
                query -> {
                    List<PostView> page = discussions.posts(threadId, query.getOffset() + 1, query.getLimit());
                    if (!page.isEmpty()) {
                        discussions.markRead(threadId, page.getLast().number());
                    }
                    return page.stream();
                },
                query -> thread.posts(), PostView::id);
        posts.setDataProvider(provider);
        subscribeToReplies(event.getUI());
        if (thread.firstUnread() > 1) {
            posts.scrollToIndex(Math.min(thread.firstUnread(), thread.posts()) - 1);
        }
    }

    @Override
    public String getPageTitle() {
        return thread == null ? "Discussions · AllTeach" : thread.title() + " · AllTeach";
    }

    /** New replies by others appear without a reload, the way chat and Discourse show them. */
    private void subscribeToReplies(UI ui) {
        long threadId = thread.id();
        liveUpdates.follow(ui, this, DiscussionTopics.thread(threadId), () -> {
            int before = thread.posts();
            thread = discussions.thread(threadId);
            provider.refreshAll();
            int arrived = thread.posts() - before;
            if (arrived > 0) {
                newReplies.setText(arrived == 1 ? "1 new reply below" : arrived + " new replies below");
                newReplies.setVisible(true);
            }
        });
    }

    private void showHeader() {
        header.setTitle(thread.title());
        crumbs.removeAll();
        crumbs.add(new RouterLink("Discussions", DiscussionsView.class), new Span("›"), new Span(thread.spaceName()),
                new Span("›"), new RouterLink(thread.categoryName(), CategoryView.class,
                        new RouteParameters("categoryId", String.valueOf(thread.categoryId()))));
        badges.removeAll();
        if (thread.pinned()) {
            badges.add(new Badge("Pinned", "status", "pinned"));
        }
        if (thread.locked()) {
            badges.add(new Badge("Locked: no new replies", "status", "locked"));
        }
        if (thread.solutionPostId() != null) {
            badges.add(new Badge("Solved", "status", "solved"));
        }
        thread.tags().forEach(tag -> {
            Span chip = new Span(tag);
            chip.addClassName("tag");
            badges.add(chip);
        });
        level.setValue(thread.level());
        composer.setVisible(thread.mayReply());
        archived.setVisible(thread.archived());
        moderate.removeAll();
        moderate.setVisible(thread.moderator());
        if (thread.moderator()) {
            SubMenu menu = moderate.addItem("Moderate").getSubMenu();
            menu.addItem(thread.pinned() ? "Unpin" : "Pin to the top", click -> {
                moderation.setPinned(thread.id(), !thread.pinned());
                reloadHeader();
            });
            menu.addItem(thread.locked() ? "Unlock" : "Lock (no new replies)", click -> {
                moderation.setLocked(thread.id(), !thread.locked());
                reloadHeader();
            });
            SubMenu move = menu.addItem("Move to").getSubMenu();
            discussions.siblingCategories(thread.categoryId()).stream()
                    .filter(category -> category.id() != thread.categoryId())
                    .forEach(category -> move.addItem(category.name(), click -> {
                        moderation.move(thread.id(), category.id());
                        reloadHeader();
                        FieldErrors.Notifications.success("Moved to " + category.name() + ".");
                    }));
        }
    }

    private void reloadHeader() {
        thread = discussions.thread(thread.id());
        showHeader();
        provider.refreshAll();
    }

    private void sendReply() {
        Map<String, HasValidation> fields = Map.of("body", reply.field(), "attachments", attachments);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            int number = posting.reply(thread.id(), reply.getValue(), replyToNumber,
                    attachments.getFiles().stream().map(StoredFile::id).toList());
            reply.clear();
            attachments.clear();
            replyTo(null);
            thread = discussions.thread(thread.id());
            provider.refreshAll();
            newReplies.setVisible(false);
            posts.scrollToIndex(number - 1);
        });
    }

    private void replyTo(PostView post) {
        replyToNumber = post == null ? null : post.number();
        replyingTo.setText(post == null ? "" : "Replying to #" + post.number() + " by " + post.authorName());
        cancelReplyTo.setVisible(post != null);
    }

    @Override
    public void reply(PostView post) {
        replyTo(post);
        reply.focus();
    }

    @Override
    public void quote(PostView post) {
        replyTo(post);
        String quoted = post.markdown() == null ? "" : post.markdown().lines().map(line -> "> " + line)
                .reduce((a, b) -> a + "\n" + b).orElse("");
        String current = reply.getValue().isBlank() ? "" : reply.getValue().stripTrailing() + "\n\n";
        reply.setValue(current + "> **" + post.authorName() + "** wrote:\n" + quoted + "\n\n");
        reply.focus();
    }

    @Override
    public void edit(PostView post) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit post #" + post.number());
        MarkdownEditor editor = new MarkdownEditor("Post", markdown,
                prefix -> discussions.mentionable(thread.spaceId(), prefix));
        editor.setValue(post.markdown());
        dialog.add(editor);
        Button save = new Button("Save", click -> {
            Map<String, HasValidation> fields = Map.of("body", editor.field());
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                posting.edit(post.id(), editor.getValue());
                dialog.close();
                provider.refreshAll();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.setWidth("44rem");
        dialog.open();
    }

    @Override
    public void withdraw(PostView post) {
        ConfirmDialog confirm = new ConfirmDialog("Withdraw this post?",
                "It will show as withdrawn. Moderators can restore it.", "Withdraw", click -> {
                    posting.withdraw(post.id());
                    provider.refreshAll();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public void restore(PostView post) {
        moderation.restore(post.id());
        provider.refreshAll();
    }

    @Override
    public void flag(PostView post) {
        new FlagDialog(moderation, post.id(), provider::refreshAll).open();
    }

    @Override
    public void history(PostView post) {
        new HistoryDialog(discussions.history(post.id()), me.timeZone(), me.locale()).open();
    }

    @Override
    public void react(PostView post, Reaction reaction) {
        posting.toggleReaction(post.id(), reaction);
        provider.refreshAll();
    }

    @Override
    public void toggleSolution(PostView post) {
        moderation.toggleSolution(post.id());
        reloadHeader();
    }

    @Override
    public void jumpTo(int number) {
        posts.scrollToIndex(number - 1);
    }
}
