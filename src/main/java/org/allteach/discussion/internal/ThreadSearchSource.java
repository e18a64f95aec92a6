package org.allteach.discussion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.allteach.discussion.PostChanged;
import org.allteach.discussion.PostCreated;
import org.allteach.discussion.SpaceKind;
import org.allteach.search.SearchDocument;
import org.allteach.search.SearchIndex;
import org.allteach.search.SearchSource;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Discussion threads as search documents: the title and the words of every post readers can see (withdrawn and
 * hidden posts are left out), found by the readers of the thread's space.
 */
@Component
class ThreadSearchSource implements SearchSource {

    static final String TYPE = "thread";
    /** A thread's text beyond this is not searched; the first posts carry the question and its answers. */
    private static final int MAX_TEXT = 500_000;
    private static final int BATCH = 200;
    private static final String COLUMNS = """
            SELECT t.id, t.title, t.created_at, t.last_posted_at, s.kind, s.collaborative_id, s.team_id
            FROM discussion_thread t JOIN discussion_space s ON s.id = t.space_id""";

    private record Row(long id, String title, LocalDateTime createdAt, LocalDateTime lastPostedAt, SpaceKind space,
                       Long collaborativeId, Long teamId) {
    }

    private final JdbcClient jdbc;
    private final MarkdownRenderer markdown;
    private final SearchIndex index;
    private final ThreadListQueries threadLists;

    ThreadSearchSource(JdbcClient jdbc, MarkdownRenderer markdown, SearchIndex index, ThreadListQueries threadLists) {
        this.threadLists = threadLists;
        this.jdbc = jdbc;
        this.markdown = markdown;
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PostCreated created) {
        index.refresh(TYPE, created.threadId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PostChanged changed) {
        index.refresh(TYPE, changed.threadId());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM discussion_thread").query(Long.class).single();
    }

    @Override
    public void forEach(Consumer<SearchDocument> sink) {
        long after = 0;
        List<Row> batch;
        do {
            batch = jdbc.sql(COLUMNS + " WHERE t.id > :after ORDER BY t.id LIMIT :batch")
                    .param("after", after).param("batch", BATCH).query(ThreadSearchSource::row).list();
            documents(batch).forEach(sink);
            after = batch.isEmpty() ? after : batch.getLast().id();
        } while (batch.size() == BATCH);
    }

    @Override
    public Optional<SearchDocument> find(long id) {
        return documents(jdbc.sql(COLUMNS + " WHERE t.id = :id").param("id", id).query(ThreadSearchSource::row).list())
                .stream().findFirst();
    }

    private List<SearchDocument> documents(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, StringBuilder> texts = visibleText(ids);
        Map<Long, Set<String>> tags = threadLists.tags(ids);
        List<SearchDocument> documents = new ArrayList<>(rows.size());
        for (Row row : rows) {
            boolean community = row.space() == SpaceKind.COMMUNITY;
            documents.add(new SearchDocument(TYPE, row.id(), row.title(),
                    texts.getOrDefault(row.id(), new StringBuilder()).toString(), "discuss/t/" + row.id(),
                    community ? "Community discussion" : "Discussion", null, tags.getOrDefault(row.id(), Set.of()),
                    community ? SearchDocument.NO_COLLABORATIVE : row.collaborativeId(), row.teamId(),
                    row.createdAt().getYear(), audience(row), row.lastPostedAt().toInstant(ZoneOffset.UTC)));
        }
        return documents;
    }

    private static String audience(Row row) {
        return switch (row.space()) {
            case COLLABORATIVE -> SearchDocument.collaborative(row.collaborativeId());
            case TEAM -> SearchDocument.team(row.teamId());
            case COMMUNITY -> SearchDocument.COMMUNITY;
        };
    }

    private Map<Long, StringBuilder> visibleText(List<Long> threadIds) {
        Map<Long, StringBuilder> texts = new HashMap<>();
        jdbc.sql("""
                        SELECT thread_id, body FROM discussion_post
                        WHERE thread_id IN (:threads) AND withdrawn_at IS NULL AND hidden_at IS NULL
                        ORDER BY thread_id, number""")
                .param("threads", threadIds)
                .query(rs -> {
                    StringBuilder text = texts.computeIfAbsent(rs.getLong("thread_id"), id -> new StringBuilder());
                    if (text.length() < MAX_TEXT) {
                        text.append(markdown.toPlainText(rs.getString("body"))).append("\n\n");
                    }
                });
        return texts;
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("last_posted_at", LocalDateTime.class), SpaceKind.valueOf(rs.getString("kind")),
                rs.getObject("collaborative_id", Long.class), rs.getObject("team_id", Long.class));
    }
}
