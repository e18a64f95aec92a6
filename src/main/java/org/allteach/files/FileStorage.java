package org.allteach.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.allteach.files.internal.FileMetadata;
import org.allteach.files.internal.FileMetadataRepository;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps uploaded files: checks them (size, type sniffed from the content), writes their bytes under the store root
 * and describes them in the database. Other features keep the returned id and decide, through a
 * {@link FileAccessPolicy}, who else may see the file.
 */
@Service
public class FileStorage {

    /** The field name in {@link InvalidInput} refusals. */
    public static final String FIELD = "file";

    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Uploads still in {@code incoming/} after this long were cut off by a crash or a restart. */
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private final FileMetadataRepository files;
    private final CurrentPerson currentPerson;
    private final ObjectProvider<FileAccessPolicy> policies;
    private final Clock clock;
    private final Path root;
    private final Path incoming;
    private final ContentSniffer sniffer = new ContentSniffer();

    FileStorage(FileMetadataRepository files, CurrentPerson currentPerson, ObjectProvider<FileAccessPolicy> policies,
                Clock clock, FilesProperties properties) throws IOException {
        this.files = files;
        this.currentPerson = currentPerson;
        // Asked lazily: a policy may belong to a service that itself stores files.
        this.policies = policies;
        this.clock = clock;
        this.root = properties.root().toAbsolutePath().normalize();
        // On the same file system as the store, so a checked upload moves into place atomically.
        this.incoming = Files.createDirectories(root.resolve("incoming"));
        removeAbandonedUploads();
    }

    /** As {@link #store(String, InputStream, long, UploadRules)} when the size is not known in advance. */
    public StoredFile store(String originalName, InputStream content, UploadRules rules) {
        return store(originalName, content, -1, rules);
    }

    /**
     * Stores an upload of the signed-in person. Reads at most one byte more than the limit, so an oversized upload
     * fills neither memory nor disk. The stream stays open; it belongs to the caller.
     *
     * @param originalName  the name the browser sent; only cleaned up for display, never trusted for the type
     * @param declaredBytes the size the browser announced, or -1; a larger one than allowed is refused before reading
     * @throws InvalidInput on {@value #FIELD}: too large, empty, or content of a type the rules do not accept
     */
    public StoredFile store(String originalName, InputStream content, long declaredBytes, UploadRules rules) {
        long uploader = currentPerson.requireId();
        if (declaredBytes > rules.maxBytes()) {
            throw InvalidInput.of(FIELD, rules.tooLargeMessage(originalName, declaredBytes));
        }
        Path upload = null;
        try {
            upload = Files.createTempFile(incoming, "upload-", ".part");
            Received received = receive(content, upload, rules.maxBytes());
            if (received.sizeBytes() > rules.maxBytes()) {
                throw InvalidInput.of(FIELD, rules.tooLargeMessage(originalName, -1));
            }
            if (received.sizeBytes() == 0) {
                throw InvalidInput.of(FIELD, DisplayNames.forMessage(originalName) + " is empty.");
            }
            SniffedType type = sniffer.sniff(upload, originalName, rules);
            if (!rules.allows(type.mediaType())) {
                throw InvalidInput.of(FIELD, rules.contentRefusedMessage(originalName, type));
            }
            String key = newKey();
            Path stored = pathOf(key);
            Files.createDirectories(stored.getParent());
            Files.move(upload, stored, StandardCopyOption.ATOMIC_MOVE);
            return describe(stored, new FileMetadata(key, DisplayNames.forStorage(originalName, type.tikaType()),
                    type.mediaType(), received.sizeBytes(), received.sha256(), uploader,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload " + DisplayNames.forMessage(originalName), e);
        } finally {
            deleteQuietly(upload);
        }
    }

    /** The file's description, whoever may see it: for services that check access themselves. */
    public Optional<StoredFile> find(long id) {
        return files.findById(id).map(FileStorage::view);
    }

    /** Several files at once (a post's attachments), in no particular order; unknown ids are left out. */
    public List<StoredFile> findAll(Collection<Long> ids) {
        return files.findAllById(ids).stream().map(FileStorage::view).toList();
    }

    /**
     * The file if the signed-in person may see it: they uploaded it, or a {@link FileAccessPolicy} grants it. Empty
     * both for an unknown id and for a file they may not see, so nobody learns which ids exist.
     */
    public Optional<StoredFile> findReadable(long id) {
        long person = currentPerson.requireId();
        return find(id).filter(file -> file.uploadedBy() == person
                || policies.orderedStream().anyMatch(policy -> policy.maySee(id, person)));
    }

    /** The stored bytes, read lazily (nothing is opened until {@link Resource#getInputStream()}). */
    public Resource content(StoredFile file) {
        return new FileSystemResource(pathOf(file.key()));
    }

    public InputStream open(StoredFile file) throws IOException {
        return Files.newInputStream(pathOf(file.key()));
    }

    /** Writes the bytes (at most {@code maxBytes + 1}) to the file, counting them and computing their SHA-256. */
    private static Received receive(InputStream content, Path target, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        long count = 0;
        long readLimit = maxBytes + 1;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while (count < readLimit
                    && (read = content.read(buffer, 0, (int) Math.min(buffer.length, readLimit - count))) != -1) {
                out.write(buffer, 0, read);
                sha256.update(buffer, 0, read);
                count += read;
            }
        }
        return new Received(count, HexFormat.of().formatHex(sha256.digest()));
    }

    private record Received(long sizeBytes, String sha256) {
    }

    /**
     * Saves the description of bytes already in place. Should the database refuse, or the caller's transaction roll
     * back, the bytes go too: a file on disk that no row describes is lost to everyone.
     */
    private StoredFile describe(Path stored, FileMetadata metadata) {
        try {
            FileMetadata saved = files.save(metadata);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_ROLLED_BACK) {
                            deleteQuietly(stored);
                        }
                    }
                });
            }
            return view(saved);
        } catch (RuntimeException e) {
            deleteQuietly(stored);
            throw e;
        }
    }

    /** Two levels of folders from the key's first characters keep every folder small (256 × 256 of them). */
    private Path pathOf(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static StoredFile view(FileMetadata file) {
        return new StoredFile(file.getId(), file.getStorageKey(), file.getDisplayName(), file.getMediaType(),
                file.getSizeBytes(), file.getSha256(), file.getUploadedBy(), file.getUploadedAt());
    }

    private void removeAbandonedUploads() throws IOException {
        FileTime cutoff = FileTime.from(clock.instant().minus(ABANDONED_AFTER));
        try (Stream<Path> leftovers = Files.list(incoming)) {
            leftovers.filter(path -> {
                try {
                    return Files.getLastModifiedTime(path).compareTo(cutoff) < 0;
                } catch (IOException gone) {
                    return false;
                }
            }).forEach(FileStorage::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", path, e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
