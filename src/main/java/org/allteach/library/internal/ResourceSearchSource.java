package org.allteach.library.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.library.Library;
import org.allteach.library.ResourceChanged;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.search.SearchDocument;
import org.allteach.search.SearchIndex;
import org.allteach.search.SearchSource;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Library resources as search documents: title, summary and the text of the latest version's file (earlier versions
 * stay downloadable but are no longer searched). Deleted resources are not found.
 */
@Component
class ResourceSearchSource implements SearchSource {

    static final String TYPE = Library.SEARCH_TYPE;
    private static final int BATCH = 200;
    private static final String COLUMNS = """
            SELECT r.id, r.kind, r.title, r.summary, r.focus_area, r.year, r.collaborative_id, r.visibility,
                   r.team_id, r.created_at, r.updated_at, r.other_authors, s.team_id AS storyboard_team_id,
                   CONCAT_WS('\n\n', s.aim, s.changes_tested, s.results, s.lessons, s.next_steps) AS storyboard
            FROM library_resource r LEFT JOIN library_storyboard s ON s.resource_id = r.id""";

    /** @param teamId the team a resource is shared with, or else the team whose storyboard it is */
    private record Row(long id, ResourceKind kind, String title, String summary, String storyboard, String others,
                       String focusArea, Integer year, long collaborativeId, Visibility visibility, Long teamId,
                       LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    private final JdbcClient jdbc;
    private final ResourceTags tags;
    private final MarkdownRenderer markdown;
    private final SearchIndex index;
    private final ResourceAuthorRows authorRows;
    private final Accounts accounts;

    ResourceSearchSource(JdbcClient jdbc, ResourceTags tags, MarkdownRenderer markdown, SearchIndex index,
                         ResourceAuthorRows authorRows, Accounts accounts) {
        this.authorRows = authorRows;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.tags = tags;
        this.markdown = markdown;
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ResourceChanged changed) {
        index.refresh(TYPE, changed.resourceId());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM library_resource WHERE deleted_at IS NULL").query(Long.class).single();
    }

    @Override
    public void forEach(Consumer<SearchDocument> sink) {
        long after = 0;
        List<Row> batch;
        do {
            batch = jdbc.sql(COLUMNS + " WHERE r.deleted_at IS NULL AND r.id > :after ORDER BY r.id LIMIT :batch")
                    .param("after", after).param("batch", BATCH).query(ResourceSearchSource::row).list();
            documents(batch).forEach(sink);
            after = batch.isEmpty() ? after : batch.getLast().id();
        } while (batch.size() == BATCH);
    }

    @Override
    public Optional<SearchDocument> find(long id) {
        List<Row> rows = jdbc.sql(COLUMNS + " WHERE r.deleted_at IS NULL AND r.id = :id").param("id", id)
                .query(ResourceSearchSource::row).list();
        return documents(rows).stream().findFirst();
    }

    private List<SearchDocument> documents(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Set<String>> tagsById = tags.of(ids);
        Map<Long, String> fileTexts = latestVersionTexts(ids);
        Map<Long, List<ResourceAuthorRows.Credit>> credits = authorRows.of(ids);
        Map<Long, PersonProfile> people = accounts.profiles(credits.values().stream().flatMap(List::stream)
                .map(ResourceAuthorRows.Credit::personId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<SearchDocument> documents = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String text = authors(credits.getOrDefault(row.id(), List.of()), people, row.others()) + "\n\n"
                    + markdown.toPlainText(row.summary()) + "\n\n" + markdown.toPlainText(row.storyboard())
                    + "\n\n" + fileTexts.getOrDefault(row.id(), "");
            int year = row.year() != null ? row.year() : row.createdAt().getYear();
            documents.add(new SearchDocument(TYPE, row.id(), row.title(), text, "library/" + row.id(),
                    row.kind().label(), row.focusArea(), tagsById.getOrDefault(row.id(), Set.of()),
                    row.collaborativeId(), row.teamId(), year, audience(row), row.updatedAt().toInstant(ZoneOffset.UTC)));
        }
        return documents;
    }

    /** The names of credited people, and outside authors, so a search for an author finds their work. */
    private static String authors(List<ResourceAuthorRows.Credit> credits, Map<Long, PersonProfile> people,
                                  String others) {
        StringBuilder names = new StringBuilder();
        credits.stream().map(ResourceAuthorRows.Credit::personId).filter(Objects::nonNull).map(people::get)
                .filter(Objects::nonNull).forEach(person -> names.append(person.displayName()).append(", "));
        return others == null ? names.toString() : names.append(others).toString();
    }

    private static String audience(Row row) {
        return switch (row.visibility()) {
            case PORTAL -> SearchDocument.PORTAL;
            case COLLABORATIVE -> SearchDocument.collaborative(row.collaborativeId());
            case TEAM -> SearchDocument.team(row.teamId());
            case COMMUNITY -> SearchDocument.COMMUNITY;
        };
    }

    /** The text read from each resource's newest version, when it could be read. */
    private Map<Long, String> latestVersionTexts(List<Long> resourceIds) {
        Map<Long, String> texts = new HashMap<>();
        jdbc.sql("""
                        SELECT v.resource_id, t.text
                        FROM library_version v JOIN library_version_text t ON t.version_id = v.id
                        WHERE v.resource_id IN (:resources)
                          AND v.number = (SELECT MAX(latest.number) FROM library_version latest
                                          WHERE latest.resource_id = v.resource_id)""")
                .param("resources", resourceIds)
                .query(rs -> {
                    texts.put(rs.getLong("resource_id"), rs.getString("text"));
                });
        return texts;
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Long teamId = rs.getObject("team_id", Long.class);
        return new Row(rs.getLong("id"), ResourceKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("summary"), rs.getString("storyboard"), rs.getString("other_authors"),
                rs.getString("focus_area"),
                rs.getObject("year", Integer.class), rs.getLong("collaborative_id"),
                Visibility.valueOf(rs.getString("visibility")),
                teamId != null ? teamId : rs.getObject("storyboard_team_id", Long.class),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("updated_at", LocalDateTime.class));
    }
}
