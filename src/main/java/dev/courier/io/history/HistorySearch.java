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
    private static final String COLUMNS_OF_E = "e." + SUMMARY_COLUMNS.replace(", ", ", e.");

    private final Connection connection;

    HistorySearch(Connection connection) {
        this.connection = connection;
    }

    List<HistorySummary> find(HistoryQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        StringBuilder filters = new StringBuilder();
        for (String word : query.words()) {
            if (word.codePointCount(0, word.length()) >= 3) {
                terms.add("{url body} : " + phrase(word));
            } else {
                filters.append(" AND e.url LIKE ? ESCAPE '\\'");
                parameters.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (!query.method().isEmpty()) {
            terms.add("meta : " + phrase("m=" + query.method() + ";"));
        }
        statusTerm(query, terms, filters, parameters);
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS_OF_E);
        if (terms.isEmpty()) {
            sql.append(" FROM entry e WHERE 1 = 1").append(filters).append(" ORDER BY e.id DESC LIMIT ?");
        } else {
            // Driven by the index in descending rowid order, so a word in every entry stops after `limit` rows,
            // and words, method and status are intersected inside the index.
            sql.append(" FROM entry_text JOIN entry e ON e.id = entry_text.rowid WHERE entry_text MATCH ?")
                    .append(filters).append(" ORDER BY entry_text.rowid DESC LIMIT ?");
            parameters.add(0, String.join(" AND ", terms));
        }
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

    /** A status, a status class or "failed" as an index term; any other range as a plain filter. */
    private static void statusTerm(HistoryQuery query, List<String> terms, StringBuilder filters,
                                   List<Object> parameters) {
        int from = query.statusFrom();
        int to = query.statusTo();
        if (from == 0 && to >= 999) {
            return;
        }
        if (from == to) {
            terms.add("meta : " + phrase("s=" + from + ";"));
        } else if (from % 100 == 0 && to == from + 99 && from >= 100) {
            terms.add("meta : " + phrase("c=" + from / 100 + "xx;"));
        } else {
            filters.append(" AND e.status BETWEEN ? AND ?");
            parameters.add(from);
            parameters.add(to);
        }
    }

    private static String phrase(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static HistorySummary summary(ResultSet row) throws SQLException {
        return new HistorySummary(row.getLong("id"), Instant.ofEpochMilli(row.getLong("sent_at")),
                row.getString("method"), row.getString("url"), row.getInt("status"), row.getString("failure"),
                row.getLong("time_ms"), row.getLong("size"));
    }
}
