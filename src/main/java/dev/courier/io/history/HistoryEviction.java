package dev.courier.io.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Keeps the history within its limits by removing the oldest entries first. */
final class HistoryEviction {

    private static final int BATCH = 64;

    private HistoryEviction() {
    }

    /**
     * Deletes the oldest entries while the history is over a limit, inside the caller's transaction.
     *
     * @return the ids of deleted entries whose body was a file (to delete once the transaction commits)
     */
    static List<Long> evict(Connection connection, HistorySettings settings) throws SQLException {
        List<Long> files = new ArrayList<>();
        while (true) {
            long entries;
            long bytes;
            try (Statement statement = connection.createStatement();
                 ResultSet totals = statement.executeQuery("SELECT entries, bytes FROM totals WHERE id = 1")) {
                totals.next();
                entries = totals.getLong(1);
                bytes = totals.getLong(2);
            }
            long surplus = Math.max(entries - settings.maxEntries(), bytes > settings.maxBytes() ? BATCH : 0);
            if (surplus <= 0 || entries <= 1) {
                return files;
            }
            long oldestKept = oldestKept(connection, Math.min(surplus, entries - 1));
            try (PreparedStatement withFiles = connection.prepareStatement(
                    "SELECT id FROM entry WHERE id < ? AND body_state = 'FILE'")) {
                withFiles.setLong(1, oldestKept);
                try (ResultSet rows = withFiles.executeQuery()) {
                    while (rows.next()) {
                        files.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM entry WHERE id < ?")) {
                delete.setLong(1, oldestKept);
                delete.executeUpdate();
            }
        }
    }

    /** The id of the first entry that stays when the {@code count} oldest go. */
    private static long oldestKept(Connection connection, long count) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM entry ORDER BY id LIMIT 1 OFFSET ?")) {
            select.setLong(1, count);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : Long.MAX_VALUE;
            }
        }
    }
}
