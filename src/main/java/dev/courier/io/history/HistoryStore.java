package dev.courier.io.history;

import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.file.AtomicFiles;
import dev.courier.io.json.RequestJson;
import dev.courier.io.json.RequestJsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The request history: every sent request, kept across restarts in an SQLite database ({@code history.db} in the
 * given directory, bodies over the inline limit in {@code bodies/}). Searching by words, method and status is
 * answered from indexes, newest first. Thread-safe; a second Courier process may use the same directory (SQLite
 * locks it). A database that cannot be read is moved aside and reported, and a fresh one is started.
 */
public final class HistoryStore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HistoryStore.class.getName());

    private final Path directory;
    private final HistoryPreferences preferences;
    private volatile HistorySettings settings;
    private final List<String> problems = new ArrayList<>();
    private final Connection connection;
    private final HistorySearch search;

    private HistoryStore(Path directory, HistorySettings settings) throws IOException {
        this.directory = directory;
        this.preferences = new HistoryPreferences(directory, settings.keepSecrets());
        Files.createDirectories(directory.resolve("bodies"));
        HistorySettings chosen = settings;
        try {
            chosen = settings.withKeepSecrets(preferences.keepSecrets());
        } catch (IOException e) {
            problems.add("The history settings could not be read (" + e.getMessage() + "); secrets are masked.");
        }
        this.settings = chosen;
        this.connection = connect();
        this.search = new HistorySearch(connection);
    }

    /**
     * Opens (or creates) the history in {@code directory}, e.g. {@code AppPaths.home().resolve("history")}.
     *
     * @throws IOException when the directory cannot be created or no database can be opened at all
     */
    public static HistoryStore open(Path directory, HistorySettings settings) throws IOException {
        return new HistoryStore(directory, settings);
    }

    /** Whether new entries keep Authorization, Cookie, API keys and secret values as sent (the user's choice). */
    public boolean keepsSecrets() {
        return settings.keepSecrets();
    }

    /** Keeps secrets in new entries or masks them (the default); remembered beside the database. */
    public synchronized void setKeepSecrets(boolean keep) throws IOException {
        preferences.setKeepSecrets(keep);
        settings = settings.withKeepSecrets(keep);
    }

    /** What went wrong when opening (e.g. a damaged database set aside), for the user to see once. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Records a sent request (masking secrets unless the settings keep them) and returns its id. */
    public synchronized long record(HistoryRecord record) throws IOException {
        boolean mask = !settings.keepSecrets();
        // The auth's own secret too: an API key may travel in a query parameter or a header of any name.
        Set<String> secrets = SecretMasking.withAuthSecret(record.secretValues(), record.request().auth());
        RequestSpec request = mask ? SecretMasking.request(record.request(), secrets) : record.request();
        Optional<Exchange> exchange = record.exchange();
        long size = exchange.map(e -> e.body().size()).orElse(0L);
        HistoryEntry.BodyState state = bodyState(size);
        // Only a body that will be kept is read: a dropped one may be gigabytes in a temporary file.
        byte[] body = state == HistoryEntry.BodyState.DROPPED || exchange.isEmpty() ? new byte[0]
                : exchange.get().body().readAllBytes();
        String requestJson = RequestJson.write(request);
        List<Header> sent = exchange.map(e -> e.request().headers()).orElse(List.of());
        List<Header> received = exchange.map(Exchange::headers).orElse(List.of());
        String sentUri = exchange.map(e -> e.request().uri().toString()).orElse(request.url());
        long stored = requestJson.length() + (state == HistoryEntry.BodyState.DROPPED ? 0 : body.length);
        String text = HistoryColumns.searchableText(request,
                state == HistoryEntry.BodyState.DROPPED ? new byte[0] : body);
        try {
            connection.setAutoCommit(false);
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry (sent_at, method, url, "
                    + "status, failure, time_ms, size, stored_bytes, body_state, sent_uri, request_json, sent_headers, "
                    + "response_headers, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, record.sentAt().toEpochMilli());
                insert.setString(2, request.method());
                insert.setString(3, request.url());
                insert.setInt(4, exchange.map(Exchange::status).orElse(0));
                insert.setString(5, record.failure());
                insert.setLong(6, record.elapsed().toMillis());
                insert.setLong(7, size);
                insert.setLong(8, stored);
                insert.setString(9, state.name());
                insert.setString(10, mask ? SecretMasking.url(SecretMasking.text(sentUri, secrets)) : sentUri);
                insert.setString(11, requestJson);
                insert.setString(12, HistoryColumns.headers(mask ? SecretMasking.headers(sent, secrets) : sent));
                insert.setString(13, HistoryColumns.headers(mask ? SecretMasking.headers(received, secrets)
                        : received));
                insert.setBytes(14, state == HistoryEntry.BodyState.INLINE ? body : null);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement index = connection.prepareStatement(
                    "INSERT INTO entry_text (rowid, url, body, meta) VALUES (?, ?, ?, ?)")) {
                index.setLong(1, id);
                index.setString(2, request.url());
                index.setString(3, text);
                index.setString(4, HistorySchema.meta(request.method(), exchange.map(Exchange::status).orElse(0)));
                index.executeUpdate();
            }
            if (state == HistoryEntry.BodyState.FILE) {
                AtomicFiles.write(bodyFile(id), body);
            }
            List<Long> evictedFiles = HistoryEviction.evict(connection, settings);
            connection.commit();
            for (long evicted : evictedFiles) {
                Files.deleteIfExists(bodyFile(evicted));
            }
            return id;
        } catch (SQLException | IOException e) {
            rollback();
            throw e instanceof IOException io ? io : new IOException("cannot record history: " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    /** The entries matching {@code query}, newest first. */
    public synchronized List<HistorySummary> search(HistoryQuery query) throws IOException {
        try {
            return search.find(query);
        } catch (SQLException e) {
            throw new IOException("cannot search history: " + e.getMessage(), e);
        }
    }

    /** The whole entry with this id, to open in a tab. */
    public synchronized Optional<HistoryEntry> load(long id) throws IOException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + HistorySearch.SUMMARY_COLUMNS
                + ", body_state, sent_uri, request_json, sent_headers, response_headers, body"
                + " FROM entry WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                HistoryEntry.BodyState state = HistoryEntry.BodyState.valueOf(row.getString("body_state"));
                Optional<byte[]> body = state == HistoryEntry.BodyState.INLINE ? Optional.of(row.getBytes("body"))
                        : state == HistoryEntry.BodyState.FILE && Files.exists(bodyFile(id))
                        ? Optional.of(Files.readAllBytes(bodyFile(id))) : Optional.empty();
                return Optional.of(new HistoryEntry(HistorySearch.summary(row),
                        RequestJson.read(row.getString("request_json")), row.getString("sent_uri"),
                        HistoryColumns.headers(row.getString("sent_headers")),
                        HistoryColumns.headers(row.getString("response_headers")), body, state));
            }
        } catch (SQLException | RequestJsonException e) {
            throw new IOException("cannot read history entry " + id + ": " + e.getMessage(), e);
        }
    }

    /** How many entries are kept. */
    public synchronized long count() throws IOException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT entries FROM totals WHERE id = 1")) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IOException("cannot count history: " + e.getMessage(), e);
        }
    }

    /** Removes every entry and stored body. */
    public synchronized void clear() throws IOException {
        try {
            connection.setAutoCommit(false);
            HistorySchema.clear(connection);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new IOException("cannot clear history: " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
        try (var files = Files.list(directory.resolve("bodies"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot close history: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws IOException {
        Path database = directory.resolve("history.db");
        try {
            return prepared(database);
        } catch (SQLException damaged) {
            Path aside = directory.resolve("history.db.damaged-" + Instant.now().toEpochMilli());
            Files.move(database, aside);
            Files.deleteIfExists(directory.resolve("history.db-wal"));
            Files.deleteIfExists(directory.resolve("history.db-shm"));
            String problem = "The history could not be read (" + damaged.getMessage() + "); it was moved to " + aside
                    + " and a new history was started.";
            LOG.log(System.Logger.Level.WARNING, problem);
            problems.add(problem);
            try {
                return prepared(database);
            } catch (SQLException e) {
                throw new IOException("cannot open the history database " + database + ": " + e.getMessage(), e);
            }
        }
    }

    private static Connection prepared(Path database) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        try {
            HistorySchema.prepare(c); // fails on a file that is not an SQLite database
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private HistoryEntry.BodyState bodyState(long length) {
        if (length == 0) {
            return HistoryEntry.BodyState.NONE;
        }
        if (length <= settings.inlineBodyBytes()) {
            return HistoryEntry.BodyState.INLINE;
        }
        return length <= settings.fileBodyBytes() ? HistoryEntry.BodyState.FILE : HistoryEntry.BodyState.DROPPED;
    }

    private Path bodyFile(long id) {
        return directory.resolve("bodies").resolve(id + ".bin");
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "history rollback failed: " + e.getMessage());
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "history: " + e.getMessage());
        }
    }
}
