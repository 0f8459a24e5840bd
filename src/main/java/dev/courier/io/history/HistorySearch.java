package dev.courier.io.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link HistoryQuery} into one SQL query. Words of three or more characters go to the trigram index
 * (substring match, ignoring case); shorter words, which a trigram index cannot answer, are matched against the URL
 * only.
 */
final class HistorySearch {

    static final String SUMMARY_COLUMNS = "id, sent_at, method, url, status, failure, time_ms, size";

    private final Connection connection;

    HistorySearch(Connection connection) {
        this.connection = connection;
    }

    List<HistorySummary> find(HistoryQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM entry WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        List<String> indexed = new ArrayList<>();
        for (String word : query.words()) {
            if (word.codePointCount(0, word.length()) >= 3) {
                indexed.add("\"" + word.replace("\"", "\"\"") + "\"");
            } else {
                sql.append(" AND url LIKE ? ESCAPE '\\'");
                parameters.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (!indexed.isEmpty()) {
            sql.append(" AND id IN (SELECT rowid FROM entry_text WHERE entry_text MATCH ?)");
            parameters.add(String.join(" AND ", indexed));
        }
        if (!query.method().isEmpty()) {
            sql.append(" AND method = ?");
            parameters.add(query.method());
        }
        if (query.statusFrom() > 0 || query.statusTo() < 999) {
            sql.append(" AND status BETWEEN ? AND ?");
            parameters.add(query.statusFrom());
            parameters.add(query.statusTo());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        parameters.add(query.limit());
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<HistorySummary> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(summary(rows));
                }
            }
            return found;
        }
    }

    static HistorySummary summary(ResultSet row) throws SQLException {
        return new HistorySummary(row.getLong("id"), Instant.ofEpochMilli(row.getLong("sent_at")),
                row.getString("method"), row.getString("url"), row.getInt("status"), row.getString("failure"),
                row.getLong("time_ms"), row.getLong("size"));
    }
}
