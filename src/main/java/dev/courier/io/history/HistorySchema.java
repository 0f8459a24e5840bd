package dev.courier.io.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The history database's tables. Entries live in {@code entry}; their URL and body text in the FTS5 table
 * {@code entry_text} with the trigram tokenizer, which answers "contains this substring, ignoring case" from an
 * index, with method and status as {@code meta} terms ({@code m=GET; s=404; c=4xx;}) so that filters and words
 * are intersected inside the index; {@code totals} keeps the entry count and stored bytes (maintained by
 * triggers) so that eviction need not count rows.
 */
final class HistorySchema {

    private static final String REMOVED_TRIGGER = """
            CREATE TRIGGER IF NOT EXISTS entry_removed AFTER DELETE ON entry BEGIN
              DELETE FROM entry_text WHERE rowid = old.id;
              UPDATE totals SET entries = entries - 1, bytes = bytes - old.stored_bytes WHERE id = 1;
            END""";

    private static final String[] CREATE = {
        """
        CREATE TABLE IF NOT EXISTS entry (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          sent_at INTEGER NOT NULL,
          method TEXT NOT NULL,
          url TEXT NOT NULL,
          status INTEGER NOT NULL,
          failure TEXT NOT NULL,
          time_ms INTEGER NOT NULL,
          size INTEGER NOT NULL,
          stored_bytes INTEGER NOT NULL,
          body_state TEXT NOT NULL,
          sent_uri TEXT NOT NULL,
          request_json TEXT NOT NULL,
          sent_headers TEXT NOT NULL,
          response_headers TEXT NOT NULL,
          body BLOB)""",
        "CREATE VIRTUAL TABLE IF NOT EXISTS entry_text USING fts5(url, body, meta, tokenize = 'trigram')",
        "CREATE TABLE IF NOT EXISTS totals (id INTEGER PRIMARY KEY CHECK (id = 1), entries INTEGER NOT NULL, "
                + "bytes INTEGER NOT NULL)",
        "INSERT OR IGNORE INTO totals VALUES (1, 0, 0)",
        """
        CREATE TRIGGER IF NOT EXISTS entry_added AFTER INSERT ON entry BEGIN
          UPDATE totals SET entries = entries + 1, bytes = bytes + new.stored_bytes WHERE id = 1;
        END""",
        REMOVED_TRIGGER,
    };

    private HistorySchema() {
    }

    /** The index terms for a method and status, matched by {@link HistorySearch}. */
    static String meta(String method, int status) {
        return "m=" + method + "; s=" + status + "; c=" + (status == 0 ? "failed" : status / 100 + "xx") + ";";
    }

    /** Sets the connection up (WAL, a busy timeout for a second Courier process) and creates missing tables. */
    static void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = NORMAL"); // with WAL: consistent after a crash, fewer fsyncs
            for (String sql : CREATE) {
                statement.execute(sql);
            }
        }
    }

    /** Removes every entry at once (the per-row trigger would make this slow at 100 000 entries). */
    static void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS entry_removed");
            statement.execute("DELETE FROM entry");
            statement.execute("DELETE FROM entry_text");
            statement.execute("UPDATE totals SET entries = 0, bytes = 0 WHERE id = 1");
            statement.execute(REMOVED_TRIGGER);
        }
    }
}
