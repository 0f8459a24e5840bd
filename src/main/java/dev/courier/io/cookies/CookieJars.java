package dev.courier.io.cookies;

import dev.courier.core.cookies.CookieJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The cookie jars: one per collection and one for unsaved requests ({@link #UNSAVED}), each kept in
 * {@code <data dir>/cookies/<id>.json} and saved after every change. A jar whose file cannot be read starts empty,
 * its problem is reported by {@link #problems()}, and its file is never overwritten.
 */
public final class CookieJars {

    /** The jar of requests that belong to no collection. */
    public static final String UNSAVED = "unsaved";

    private static final System.Logger LOG = System.getLogger(CookieJars.class.getName());

    private final Path directory;
    private final Map<String, CookieJar> jars = new ConcurrentHashMap<>();
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    /** Saves run here: a jar changes on whatever thread touched it (the UI's, an HTTP client's). */
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "courier-cookie-saver");
        t.setDaemon(true);
        return t;
    });

    /** Jars kept in {@code directory}. */
    public CookieJars(Path directory) {
        this.directory = directory;
    }

    /** The jar for a collection id (or {@link #UNSAVED}), loaded from disk the first time. */
    public CookieJar jar(String id) {
        return jars.computeIfAbsent(id, key -> attach(key, new CookieJar()));
    }

    /**
     * Makes {@code jar} the jar of {@code id}: loads the stored cookies into it and saves it after each change. For
     * a jar that exists before its file is read (the engine's, created before the window shows).
     */
    public CookieJar adopt(String id, CookieJar jar) {
        jars.put(id, attach(id, jar));
        return jar;
    }

    /** Waits until every change made so far is on disk (at exit, in tests). */
    public void flush() {
        try {
            saver.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The ids whose file could not be read, with the reason; those files are left as they are. */
    public Map<String, String> problems() {
        return new LinkedHashMap<>(problems);
    }

    /** Where the jar with this id is kept. */
    public Path file(String id) {
        StringBuilder name = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' && name.length() > 0);
            name.append(safe ? String.valueOf(c) : String.format("_%02x", b & 0xFF));
        }
        return directory.resolve(name + ".json");
    }

    private CookieJar attach(String id, CookieJar jar) {
        Path file = file(id);
        try {
            jar.load(CookieJarFile.read(file));
        } catch (NoSuchFileException e) {
            // a new jar
        } catch (IOException | CookieFileException e) {
            problems.put(id, e.getMessage());
            LOG.log(System.Logger.Level.WARNING, "Cookie jar not loaded, its file is kept as it is: {0}",
                    e.getMessage());
        }
        jar.addListener(() -> saver.execute(() -> save(id, jar)));
        return jar;
    }

    private void save(String id, CookieJar jar) {
        if (problems.containsKey(id)) {
            return; // never overwrite a file the user may still want to repair
        }
        try {
            CookieJarFile.write(file(id), jar.all());
        } catch (IOException e) {
            // saving runs on the HTTP client's thread after a response: report it, never fail the exchange
            LOG.log(System.Logger.Level.WARNING, "Cannot save the cookie jar {0}: {1}", file(id), e.getMessage());
        }
    }

    /** Whether a file exists for this id (for tests and the cookie manager). */
    public boolean hasFile(String id) {
        return Files.exists(file(id));
    }

    /** The ids of the jars opened so far. */
    public List<String> openIds() {
        return List.copyOf(jars.keySet());
    }

    /** The problem of one jar's file, if it could not be read. */
    public Optional<String> problem(String id) {
        return Optional.ofNullable(problems.get(id));
    }
}
