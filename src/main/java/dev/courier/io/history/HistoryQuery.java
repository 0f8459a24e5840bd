package dev.courier.io.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A history search: words that must all appear (ignoring case) in the URL or the request or response body text,
 * and optionally a method and a status range. {@link #parse} reads the search box.
 *
 * @param words      each must occur somewhere in URL or body text
 * @param method     the method, upper case, or empty for any
 * @param statusFrom lowest status, inclusive (0 includes requests without response)
 * @param statusTo   highest status, inclusive
 * @param limit      at most this many entries, newest first
 */
public record HistoryQuery(List<String> words, String method, int statusFrom, int statusTo, int limit) {

    public static final int DEFAULT_LIMIT = 500;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    public HistoryQuery {
        words = List.copyOf(words);
    }

    /** Everything, newest first. */
    public static HistoryQuery all() {
        return new HistoryQuery(List.of(), "", 0, 999, DEFAULT_LIMIT);
    }

    /**
     * Reads a search box: {@code method:X} or a bare upper-case standard method ({@code POST}) filters by method;
     * {@code status:404}, a bare status ({@code 404}) or class ({@code 5xx}), or {@code status:failed} (no response)
     * by status; every other word must appear in the URL or body text.
     */
    public static HistoryQuery parse(String text) {
        List<String> words = new ArrayList<>();
        String method = "";
        int from = 0;
        int to = 999;
        for (String word : text.strip().split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            if (lower.startsWith("method:") && word.length() > 7) {
                method = word.substring(7).toUpperCase(Locale.ROOT);
            } else if (METHODS.contains(word)) {
                method = word;
            } else if (lower.equals("status:failed")) {
                from = 0;
                to = 0;
            } else if (status(lower.startsWith("status:") ? lower.substring(7) : lower) != null) {
                int[] range = status(lower.startsWith("status:") ? lower.substring(7) : lower);
                from = range[0];
                to = range[1];
            } else {
                words.add(word);
            }
        }
        return new HistoryQuery(words, method, from, to, DEFAULT_LIMIT);
    }

    /** {@code 404} as 404–404, {@code 4xx} as 400–499, anything else null. */
    private static int[] status(String word) {
        if (word.matches("[1-5][0-9][0-9]")) {
            int code = Integer.parseInt(word);
            return new int[] {code, code};
        }
        if (word.matches("[1-5]xx")) {
            int hundreds = (word.charAt(0) - '0') * 100;
            return new int[] {hundreds, hundreds + 99};
        }
        return null;
    }

    public HistoryQuery withLimit(int newLimit) {
        return new HistoryQuery(words, method, statusFrom, statusTo, newLimit);
    }
}
