package org.allteach.pdsa;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.pdsa.internal.Cycle;
import org.allteach.pdsa.internal.CycleComment;
import org.allteach.pdsa.internal.CycleCommentRepository;
import org.allteach.pdsa.internal.CycleRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a PDSA cycle, mostly the coach's: everyone who may read the cycle (the team, its coach, the
 * organisers) may comment; authors edit and withdraw their own.
 */
@Service
public class PdsaComments {

    static final int MAX_BODY = 10_000;

    private final CycleCommentRepository comments;
    private final CycleRepository cycles;
    private final TeamWork teamWork;
    private final Accounts accounts;
    private final CurrentPerson currentPerson;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    PdsaComments(CycleCommentRepository comments, CycleRepository cycles, TeamWork teamWork, Accounts accounts,
                 CurrentPerson currentPerson, MarkdownRenderer markdown, Clock clock) {
        this.comments = comments;
        this.cycles = cycles;
        this.teamWork = teamWork;
        this.accounts = accounts;
        this.currentPerson = currentPerson;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** A cycle's comments, oldest first; withdrawn ones keep their place without text. */
    @Transactional(readOnly = true)
    public List<PdsaComment> comments(long cycleId) {
        requireReadable(cycleId);
        List<CycleComment> found = comments.findByCycleIdOrderByCreatedAtAscIdAsc(cycleId);
        Map<Long, PersonProfile> authors = accounts.profiles(found.stream().map(CycleComment::getAuthorId)
                .collect(Collectors.toSet()));
        long me = currentPerson.requireId();
        return found.stream().map(comment -> {
            boolean mine = comment.getAuthorId() == me;
            return new PdsaComment(comment.getId(), PersonProfile.displayNameIn(authors, comment.getAuthorId()),
                    comment.getCreatedAt(), comment.getEditedAt(), comment.isWithdrawn() ? "" : comment.getBodyHtml(),
                    mine && !comment.isWithdrawn() ? comment.getBody() : null, comment.isWithdrawn(), mine);
        }).toList();
    }

    /**
     * Comments on a cycle, in Markdown.
     *
     * @return the comment's id
     * @throws InvalidInput with field {@code body}
     */
    @Transactional
    public long comment(long cycleId, String body) {
        requireOpen(requireReadable(cycleId));
        String text = checked(body);
        return comments.save(new CycleComment(cycleId, currentPerson.requireId(), text, markdown.toSafeHtml(text),
                clock.instant())).getId();
    }

    /** Its author changes a comment; see {@link #comment}. */
    @Transactional
    public void edit(long commentId, String body) {
        CycleComment comment = own(commentId);
        if (comment.isWithdrawn()) {
            throw InvalidInput.of("body", "This comment was withdrawn.");
        }
        String text = checked(body);
        comment.edit(text, markdown.toSafeHtml(text), clock.instant());
    }

    /** Its author withdraws a comment: it keeps its place in the conversation without its text. */
    @Transactional
    public void withdraw(long commentId) {
        own(commentId).withdraw(clock.instant());
    }

    private CycleComment own(long commentId) {
        CycleComment comment = comments.findById(commentId)
                .orElseThrow(() -> new NoSuchElementException("No comment " + commentId));
        requireOpen(requireReadable(comment.getCycleId()));
        if (comment.getAuthorId() != currentPerson.requireId()) {
            throw new AccessDeniedException("Only its author may change a comment.");
        }
        return comment;
    }

    /** @return the cycle's team */
    private long requireReadable(long cycleId) {
        Cycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NoSuchElementException("No cycle " + cycleId));
        teamWork.requireVisible(cycle.getTeamId());
        return cycle.getTeamId();
    }

    private void requireOpen(long teamId) {
        teamWork.requireOpen(teamId);
    }

    private static String checked(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("body", "Write your comment first.");
        }
        if (text.length() > MAX_BODY) {
            throw InvalidInput.of("body", "Keep a comment to " + MAX_BODY + " characters.");
        }
        return text;
    }
}
