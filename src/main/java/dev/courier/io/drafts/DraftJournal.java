package dev.courier.io.drafts;

import dev.courier.io.file.AtomicFiles;
import dev.courier.io.file.FileFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The workspace's crash journal ({@code workspace.json} and {@code bodies/} in its directory). The UI calls
 * {@link #update} on every change; the latest state is written atomically on a background thread at most
 * {@code delay} after the first change not yet written, so after a crash or kill -9 at most that much typing is lost.
 * {@link #restore} reads it back on start, tolerating a missing or damaged journal.
 */
public final class DraftJournal implements AutoCloseable {

    /** The default delay between a change and its write; well within the one second promised to users. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(400);
    /** Response bodies up to this size are written into the journal itself; larger ones by reference. */
    public static final int INLINE_BODY_LIMIT = 64 * 1024;

    private static final System.Logger LOG = System.getLogger(DraftJournal.class.getName());

    /** The state to start with and anything the user should be told about the journal. */
    public record Restored(WorkspaceState state, List<String> problems) {
        public Restored {
            problems = List.copyOf(problems);
        }
    }

    private final Path directory;
    private final Path journal;
    private final Path bodies;
    private final Duration delay;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "courier-draft-journal");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<WorkspaceState> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicReference<IOException> lastError = new AtomicReference<>();

    private DraftJournal(Path directory, Duration delay) {
        this.directory = directory;
        this.journal = directory.resolve("workspace.json");
        this.bodies = directory.resolve("bodies");
        this.delay = delay;
    }

    /** Opens the journal in {@code directory}, e.g. {@code AppPaths.home().resolve("drafts")}. */
    public static DraftJournal open(Path directory) {
        return open(directory, DEFAULT_DELAY);
    }

    /** Opens the journal with another write delay (tests). */
    public static DraftJournal open(Path directory, Duration delay) {
        return new DraftJournal(directory, delay);
    }

    /**
     * Reads the last journaled state. A missing journal gives a fresh workspace; a damaged one is moved aside
     * ({@code workspace.json.damaged-<time>}), reported, and gives a fresh workspace too.
     */
    public Restored restore() {
        List<String> problems = new ArrayList<>();
        try {
            AtomicFiles.deleteLeftovers(journal, Duration.ofMinutes(1)); // from a write cut short by a kill
            String json = Files.readString(journal, StandardCharsets.UTF_8);
            return new Restored(DraftJson.read(json, this::loadBody, problems), problems);
        } catch (NoSuchFileException e) {
            return new Restored(WorkspaceState.FRESH, problems);
        } catch (FileFormatException | IOException e) {
            String why = e instanceof FileFormatException f ? f.problem().describe() : e.getMessage();
            problems.add(setAside(why));
            return new Restored(WorkspaceState.FRESH, problems);
        }
    }

    /** Records the workspace's new state; returns at once, the write follows within the delay. */
    public void update(WorkspaceState state) {
        pending.set(state);
        if (scheduled.compareAndSet(false, true)) {
            writer.schedule(this::writePending, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Writes a pending state now and waits for it (e.g. when the window closes). */
    public void flush() throws IOException {
        try {
            writer.submit(this::writePending).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workspace journal", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot write the workspace journal", e.getCause());
        }
        IOException error = lastError.get();
        if (error != null) {
            throw error;
        }
    }

    /** The last write failure, if the last write failed (the UI may show it); cleared by a good write. */
    public Optional<IOException> lastError() {
        return Optional.ofNullable(lastError.get());
    }

    /** Flushes and stops the writer thread. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            writer.shutdown();
        }
    }

    long writeCount() {
        return writes.get();
    }

    private void writePending() {
        scheduled.set(false);
        WorkspaceState state = pending.getAndSet(null);
        if (state == null) {
            return;
        }
        try {
            Set<String> referenced = new HashSet<>();
            String json = DraftJson.write(state, INLINE_BODY_LIMIT, body -> {
                String reference = storeBody(body);
                referenced.add(reference);
                return reference;
            });
            // Drafts hold what the user typed (tokens included) and responses: readable by the owner only.
            AtomicFiles.writeOwnerOnly(journal, json.getBytes(StandardCharsets.UTF_8));
            writes.incrementAndGet();
            lastError.set(null);
            removeUnreferencedBodies(referenced);
        } catch (IOException e) {
            lastError.set(e);
            LOG.log(System.Logger.Level.WARNING, "cannot write the workspace journal: " + e.getMessage());
        }
    }

    /** Writes a body once under its SHA-256; an unchanged response costs nothing on later writes. */
    private String storeBody(byte[] body) throws IOException {
        String reference = sha256(body);
        Path file = bodies.resolve(reference + ".bin");
        if (!Files.exists(file)) {
            AtomicFiles.writeOwnerOnly(file, body);
        }
        return reference;
    }

    private Optional<byte[]> loadBody(String reference) throws IOException {
        Path file = bodies.resolve(reference.replaceAll("[^0-9a-f]", "") + ".bin");
        return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    private void removeUnreferencedBodies(Set<String> referenced) throws IOException {
        if (!Files.isDirectory(bodies)) {
            return;
        }
        try (var files = Files.list(bodies)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".bin") && !referenced.contains(name.substring(0, name.length() - 4))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private String setAside(String why) {
        Path aside = directory.resolve("workspace.json.damaged-" + Instant.now().toEpochMilli());
        try {
            Files.move(journal, aside);
            return "The saved workspace could not be read (" + why + "); it was moved to " + aside
                    + " and Courier started with a fresh workspace.";
        } catch (IOException e) {
            return "The saved workspace could not be read (" + why + ") nor moved aside (" + e.getMessage()
                    + "); Courier started with a fresh workspace.";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
