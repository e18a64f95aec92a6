package org.allteach.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.search.IndexStatus;
import org.allteach.search.SearchDocument;
import org.allteach.search.SearchProperties;
import org.allteach.search.SearchQuery;
import org.allteach.search.SearchSource;
import org.allteach.search.SearchTestSupport;
import org.allteach.shared.ui.LiveUpdates;
import org.allteach.support.Await;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is derived data: it rebuilds itself when missing, outdated or not this database's, and only then. */
class LuceneIndexTest extends IntegrationTestBase {

    @Autowired
    private ObjectProvider<SearchSource> sources;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private LiveUpdates liveUpdates;
    @Autowired
    private Library library;
    @Autowired
    private PlatformTransactionManager transactions;

    @TempDir
    private Path root;

    private LuceneIndex index;
    private Scenarios.Scenario s;
    private String word;

    @BeforeEach
    void aResource() {
        s = scenarios.create();
        word = SearchTestSupport.uniqueWord();
        as(s.organiser(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.TOOLKIT,
                "Toolkit " + word, "", null, List.of(), null, null, "https://example.org/i", Visibility.PORTAL, null),
                null, null));
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.destroy();
        }
    }

    @Test
    void aMissingFolderIsBuiltFromTheDatabaseAtStart() {
        IndexStatus built = open();
        assertThat(built.documents()).isPositive();
        assertThat(found(word)).isEqualTo(1);
        assertThat(indexFolders()).hasSize(1);
    }

    @Test
    void aCurrentIndexIsOpenedAsItIsAndAnOutdatedOneIsRebuilt() throws IOException {
        IndexStatus first = open();
        index.destroy();

        IndexStatus reopened = open();
        assertThat(reopened.builtAt()).isEqualTo(first.builtAt());
        Path folder = indexFolders().getFirst();
        index.destroy();

        // as if written by an older version of the portal
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneIndex.ANALYZER))) {
            writer.setLiveCommitData(Map.of("schema", "0", "generation", "old", "builtAt",
                    first.builtAt().toString()).entrySet());
            writer.commit();
        }
        IndexStatus rebuilt = open();
        assertThat(rebuilt.builtAt()).isAfter(first.builtAt());
        assertThat(found(word)).isEqualTo(1);
        assertThat(indexFolders()).hasSize(1).doesNotContain(folder);
    }

    @Test
    void anIndexBuiltFromAnotherDatabaseIsRebuilt() {
        IndexStatus first = open();
        index.destroy();
        // a restored backup: the database remembers another build than the one on disk
        jdbc.sql("UPDATE search_index_state SET generation = 'restored' WHERE id = 1").update();

        assertThat(open().builtAt()).isAfter(first.builtAt());
    }

    @Test
    void aRebuildAskedForByAnOrganiserReplacesTheIndexWhileSearchesGoOn() {
        IndexStatus first = open();
        assertThat(index.startRebuild()).isTrue();
        assertThat(found(word)).isEqualTo(1);
        IndexStatus second = awaitBuilt();
        assertThat(second.builtAt()).isAfter(first.builtAt());
        assertThat(second.problem()).isNull();
        assertThat(found(word)).isEqualTo(1);
        assertThat(indexFolders()).hasSize(1);
    }

    private IndexStatus open() {
        return open(sources);
    }

    private IndexStatus open(ObjectProvider<SearchSource> from) {
        index = new LuceneIndex(new SearchProperties(root), from, jdbc, transactions, liveUpdates, Clock.systemUTC());
        index.open();
        return awaitBuilt();
    }

    /**
     * The regression behind a CI failure: an upload's refresh read the resource before its file's text was saved, the
     * text's refresh read and wrote it, and then the first wrote its older copy over it, for good.
     */
    @Test
    void ofTwoRefreshesOfOneDocumentTheLaterReadIsWhatStays() throws Exception {
        CountDownLatch firstIsReading = new CountDownLatch(1);
        CountDownLatch letFirstReturn = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        SearchSource racing = new SearchSource() {
            @Override
            public String type() {
                return "racing";
            }

            @Override
            public long count() {
                return 0;
            }

            @Override
            public void forEach(java.util.function.Consumer<SearchDocument> sink) {
            }

            @Override
            public Optional<SearchDocument> find(long id) {
                if (reads.incrementAndGet() == 1) {
                    firstIsReading.countDown();
                    await(letFirstReturn);
                    return Optional.of(document(id, "stale"));
                }
                return Optional.of(document(id, "fresh"));
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("racing", racing);
        open(beans.getBeanProvider(SearchSource.class));

        Thread upload = Thread.ofPlatform().start(() -> index.refresh("racing", 7));
        await(firstIsReading);
        Thread text = Thread.ofPlatform().start(() -> index.refresh("racing", 7));
        text.join(500); // without the key's lock it reads and writes "fresh" now, before the upload's "stale"
        letFirstReturn.countDown();
        upload.join(10_000);
        text.join(10_000);

        assertThat(found("fresh")).isEqualTo(1);
        assertThat(found("stale")).isZero();
    }

    private SearchDocument document(long id, String word) {
        return new SearchDocument("racing", id, "Racing " + word, "The " + word + " text.", "library/" + id,
                "Toolkit", null, Set.of(), s.collaborativeId(), null, 2026, "portal", java.time.Instant.now());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private IndexStatus awaitBuilt() {
        return Await.until(index::status, status -> status.ready() && !status.building());
    }

    private long found(String words) {
        return new Searching(index).search(SearchQuery.of(words), Set.of("portal")).total();
    }

    private List<Path> indexFolders() {
        try (Stream<Path> children = Files.list(root)) {
            return children.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
