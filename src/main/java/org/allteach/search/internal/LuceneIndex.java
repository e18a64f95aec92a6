package org.allteach.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.allteach.search.IndexStatus;
import org.allteach.search.SearchDocument;
import org.allteach.search.SearchProperties;
import org.allteach.search.SearchSource;
import org.allteach.shared.ui.LiveUpdates;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Lucene index in use, kept current document by document, and rebuilt from the sources when asked, when its
 * folder is missing, when it was written with another {@link Fields#SCHEMA}, or when it was built from another
 * database (its generation differs from the one recorded in {@code search_index_state}, e.g. after a restore).
 *
 * <p>A rebuild writes a new folder while the old index keeps answering; documents that change meanwhile are noted
 * and written again into the new index before it replaces the old one, so nothing is lost or half-built for searchers.
 */
@Component
public class LuceneIndex implements DisposableBean {

    public static final String PROGRESS_TOPIC = "search/index";

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    private static final String SCHEMA_KEY = "schema";
    private static final String GENERATION_KEY = "generation";
    private static final String BUILT_AT_KEY = "builtAt";
    private static final String FOLDER_PREFIX = "index-";

    static final Analyzer ANALYZER = new EnglishAnalyzer();
    /** A rebuild may use every core: it runs when the portal starts without an index, or when an organiser asks. */
    private static final int INDEXING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** A document of a source that changed and must be written again from the source's current state. */
    private record Changed(String type, long id) {

        String key() {
            return SearchDocument.key(type, id);
        }
    }

    private record Live(Path folder, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
                        Instant builtAt) {
    }

    private final Path root;
    private final ObjectProvider<SearchSource> sources;
    private final JdbcClient jdbc;
    private final TransactionTemplate freshReads;
    /** Striped locks by document key: see {@link #refresh}. */
    private final Object[] keyLocks = Stream.generate(Object::new).limit(64).toArray();
    private final LiveUpdates liveUpdates;
    private final Clock clock;
    /** Writers share the read side; replacing the index takes the write side. */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final Set<Changed> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("search-rebuild").daemon().factory());
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile boolean rebuilding;
    private volatile String problem;
    private volatile Live live;

    LuceneIndex(SearchProperties properties, ObjectProvider<SearchSource> sources, JdbcClient jdbc,
                PlatformTransactionManager transactions, LiveUpdates liveUpdates, Clock clock) {
        this.root = properties.root().toAbsolutePath();
        this.sources = sources;
        this.jdbc = jdbc;
        this.freshReads = new TransactionTemplate(transactions);
        freshReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        freshReads.setReadOnly(true);
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /** Opens the index on disk if it is usable, or starts building one; the portal serves pages meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void open() {
        Optional<Live> usable = newestFolder().flatMap(this::openIfCurrent);
        if (usable.isPresent()) {
            live = usable.get();
            deleteFoldersExcept(live.folder());
        } else {
            startRebuild();
        }
    }

    public IndexStatus status() {
        // rebuilding before live: a swap sets live, then clears rebuilding, so "not rebuilding" read first means the
        // index read next is the new one (read the other way round, a swap in between paired the old one with "done")
        boolean building = rebuilding;
        Live current = live;
        long documents = current == null ? 0 : current.writer().getDocStats().numDocs;
        return new IndexStatus(building, done.get(), total, documents,
                current == null ? null : current.builtAt(), problem);
    }

    /**
     * Writes one document's current state (or removes it) and makes it searchable before returning. Never throws:
     * the change itself is already saved in the database, and a rebuild brings the index back in line.
     */
    public void refresh(String type, long id) {
        Changed changed = new Changed(type, id);
        swap.readLock().lock();
        try {
            if (rebuilding) {
                changedDuringRebuild.add(changed);
            }
            Live current = live;
            if (current != null) {
                // Two refreshes of one document (an upload's, and its text's once read) must not read and write
                // crosswise, or the older state read is written last and stays. Under the key's lock the later one
                // reads after the earlier one wrote, and each refresh comes after its change's commit.
                synchronized (keyLocks[Math.floorMod(changed.key().hashCode(), keyLocks.length)]) {
                    write(current.writer(), changed);
                }
                current.writer().commit();
                current.searchers().maybeRefreshBlocking();
            }
        } catch (IOException | RuntimeException failed) {
            log.error("Could not update {} in the search index", changed.key(), failed);
        } finally {
            swap.readLock().unlock();
        }
    }

    /** @return false when a rebuild is already running */
    public synchronized boolean startRebuild() {
        if (rebuilding) {
            return false;
        }
        rebuilding = true;
        problem = null;
        done.set(0);
        total = 0;
        rebuilder.execute(this::rebuild);
        liveUpdates.publish(PROGRESS_TOPIC);
        return true;
    }

    /**
     * Runs a search on the index in use.
     *
     * @return empty while no index has been built yet
     */
    <T> Optional<T> search(Function<FacetedSearcher, T> search) {
        Live current = live;
        if (current == null) {
            return Optional.empty();
        }
        try {
            FacetedSearcher searcher = (FacetedSearcher) current.searchers().acquire();
            try {
                return Optional.ofNullable(search.apply(searcher));
            } finally {
                current.searchers().release(searcher);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void rebuild() {
        Path folder = newFolder();
        FSDirectory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128));
            List<SearchSource> all = sources.orderedStream().toList();
            total = all.stream().mapToLong(SearchSource::count).sum();
            try (Indexers indexers = new Indexers(writer)) {
                for (SearchSource source : all) {
                    source.forEach(indexers);
                }
                indexers.finish();
            }
            swapIn(folder, directory, writer);
            log.info("Search index rebuilt: {} documents in {}", done.get(), folder);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            IOUtils.closeWhileHandlingException(writer, directory);
            deleteFolder(folder);
            rebuilding = false;
        } catch (IOException | RuntimeException failed) {
            log.error("Could not rebuild the search index", failed);
            problem = "The rebuild failed: " + failed.getMessage() + ". The previous index is still in use.";
            IOUtils.closeWhileHandlingException(writer, directory);
            deleteFolder(folder);
            rebuilding = false;
        }
        liveUpdates.publish(PROGRESS_TOPIC);
    }

    /** Named by creation time, so the newest folder is the one to open at the next start. */
    private Path newFolder() {
        long millis = System.currentTimeMillis();
        Path folder;
        do {
            folder = root.resolve(FOLDER_PREFIX + String.format("%015d", millis++));
        } while (Files.exists(folder));
        return folder;
    }

    private void add(IndexWriter writer, SearchDocument document) {
        try {
            writer.addDocument(Fields.toLucene(document));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (done.incrementAndGet() % 1000 == 0) {
            liveUpdates.publish(PROGRESS_TOPIC);
        }
    }

    /**
     * Analyses and writes the documents a source reads on {@link #INDEXING_THREADS} threads while the rebuild's
     * thread reads the next ones: analysis (tokens, stems, postings) is most of a rebuild's work, and an IndexWriter
     * takes documents from several threads at once. At most two batches per thread wait in memory.
     */
    private final class Indexers implements Consumer<SearchDocument>, AutoCloseable {

        private static final int BATCH = 50;

        private final IndexWriter writer;
        private final ExecutorService threads = Executors.newFixedThreadPool(INDEXING_THREADS,
                Thread.ofPlatform().name("search-index-", 1).daemon().factory());
        private final Semaphore waiting = new Semaphore(2 * INDEXING_THREADS);
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private List<SearchDocument> batch = new ArrayList<>(BATCH);

        Indexers(IndexWriter writer) {
            this.writer = writer;
        }

        @Override
        public void accept(SearchDocument document) {
            batch.add(document);
            if (batch.size() == BATCH) {
                hand();
            }
        }

        private void hand() {
            RuntimeException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
            List<SearchDocument> documents = batch;
            batch = new ArrayList<>(BATCH);
            waiting.acquireUninterruptibly();
            threads.execute(() -> {
                try {
                    documents.forEach(document -> add(writer, document));
                } catch (RuntimeException failedHere) {
                    failure.compareAndSet(null, failedHere);
                } finally {
                    waiting.release();
                }
            });
        }

        /** Returns once every document handed in is in the writer. */
        void finish() throws InterruptedException {
            if (!batch.isEmpty()) {
                hand();
            }
            threads.shutdown();
            while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                log.info("Search index rebuild: waiting for the last documents to be written");
            }
            RuntimeException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
        }

        /** After a failure: drops the batches not started and waits for the running ones, before the writer closes. */
        @Override
        public void close() {
            threads.shutdownNow();
            try {
                threads.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void swapIn(Path folder, FSDirectory directory, IndexWriter writer) throws IOException {
        swap.writeLock().lock();
        try {
            for (Changed changed : changedDuringRebuild) {
                write(writer, changed);
            }
            changedDuringRebuild.clear();
            Instant builtAt = clock.instant();
            String generation = UUID.randomUUID().toString();
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, Fields.SCHEMA, GENERATION_KEY, generation,
                    BUILT_AT_KEY, builtAt.toString()).entrySet());
            writer.commit();
            recordGeneration(generation, builtAt);
            Live previous = live;
            live = new Live(folder, directory, writer, new SearcherManager(writer, FacetedSearcher.FACTORY), builtAt);
            rebuilding = false;
            if (previous != null) {
                close(previous);
            }
        } finally {
            swap.writeLock().unlock();
        }
        deleteFoldersExcept(folder);
    }

    /**
     * Writes the document's current state from its source, or removes it when the source no longer has it. The source
     * reads in a transaction of its own: called after a commit, the caller's connection may still hold a snapshot
     * taken before another change it must see.
     */
    private void write(IndexWriter writer, Changed changed) throws IOException {
        Optional<SearchDocument> document = freshReads.execute(status -> source(changed.type()).find(changed.id()));
        Term key = new Term(Fields.KEY, changed.key());
        if (document.isPresent()) {
            writer.updateDocument(key, Fields.toLucene(document.get()));
        } else {
            writer.deleteDocuments(key);
        }
    }

    private Optional<Live> openIfCurrent(Path folder) {
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Optional.empty();
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            boolean current = Fields.SCHEMA.equals(data.get(SCHEMA_KEY))
                    && recordedGeneration().filter(g -> g.equals(data.get(GENERATION_KEY))).isPresent();
            if (!current) {
                log.info("The search index in {} is from another schema or database; rebuilding it", folder);
                directory.close();
                return Optional.empty();
            }
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND));
            return Optional.of(new Live(folder, directory, writer,
                    new SearcherManager(writer, FacetedSearcher.FACTORY), Instant.parse(data.get(BUILT_AT_KEY))));
        } catch (IOException | RuntimeException unreadable) {
            log.warn("The search index in {} cannot be opened; rebuilding it", folder, unreadable);
            IOUtils.closeWhileHandlingException(directory);
            return Optional.empty();
        }
    }

    private Optional<String> recordedGeneration() {
        return jdbc.sql("SELECT generation FROM search_index_state WHERE id = 1").query(String.class).optional();
    }

    private void recordGeneration(String generation, Instant builtAt) {
        jdbc.sql("""
                        INSERT INTO search_index_state (id, generation, built_at) VALUES (1, :generation, :builtAt)
                        ON DUPLICATE KEY UPDATE generation = :generation, built_at = :builtAt""")
                .param("generation", generation)
                .param("builtAt", java.time.LocalDateTime.ofInstant(builtAt, java.time.ZoneOffset.UTC))
                .update();
    }

    private SearchSource source(String type) {
        return sources.stream().filter(source -> source.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No search source of type " + type));
    }

    private Optional<Path> newestFolder() {
        return folders().max(Comparator.comparing(Path::getFileName));
    }

    private Stream<Path> folders() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(path -> path.getFileName().toString().startsWith(FOLDER_PREFIX)).toList().stream();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void deleteFoldersExcept(Path keep) {
        folders().filter(folder -> !folder.equals(keep)).forEach(LuceneIndex::deleteFolder);
    }

    private static void deleteFolder(Path folder) {
        try {
            IOUtils.rm(folder);
        } catch (IOException | RuntimeException notDeleted) {
            log.warn("Could not delete the old search index folder {}", folder, notDeleted);
        }
    }

    private static void close(Live index) {
        IOUtils.closeWhileHandlingException(index.searchers(), index.writer(), index.directory());
    }

    @Override
    public void destroy() {
        rebuilder.shutdownNow();
        swap.writeLock().lock();
        try {
            Live current = live;
            live = null;
            if (current != null) {
                close(current);
            }
        } finally {
            swap.writeLock().unlock();
        }
    }
}
