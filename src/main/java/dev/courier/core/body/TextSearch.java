package dev.courier.core.body;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text in a {@link FormattedDocument} line by line, streaming the lines from its store, so a 100 MB document is
 * searched without being loaded. Searches the lines readable at the time of the call. A match never spans lines;
 * lines longer than {@link #MAX_SEARCHED_LINE_CHARS} are searched in their beginning only. Long calls run off the UI
 * thread and stop with a {@link CancellationException} when their thread is interrupted.
 */
public final class TextSearch {

    /** Characters of one line searched at most. */
    public static final int MAX_SEARCHED_LINE_CHARS = 1 << 20;
    private static final int BLOCK = 4096;

    /** Receives matches in order; returns false to stop. */
    @FunctionalInterface
    private interface MatchVisitor {
        boolean visit(TextMatch match);
    }

    private final FormattedDocument document;
    private final SearchQuery query;
    private final Pattern pattern;

    /**
     * Prepares a search.
     *
     * @throws IllegalArgumentException with a readable message when a regular expression is invalid
     */
    public TextSearch(FormattedDocument document, SearchQuery query) {
        this.document = document;
        this.query = query;
        this.pattern = query.pattern();
    }

    /** How many matches the document holds. */
    public long countAll() throws IOException {
        long[] count = {0};
        scan(0, Long.MAX_VALUE, match -> {
            count[0]++;
            return true;
        });
        return count[0];
    }

    /** The first match starting at or after {@code column} of {@code line}; empty when there is none further on. */
    public Optional<TextMatch> next(long line, int column) throws IOException {
        TextMatch[] found = {null};
        scan(line, Long.MAX_VALUE, match -> {
            if (match.line() > line || match.column() >= column) {
                found[0] = match;
                return false;
            }
            return true;
        });
        return Optional.ofNullable(found[0]);
    }

    /** The last match starting before {@code column} of {@code line}; empty when there is none before. */
    public Optional<TextMatch> previous(long line, int column) throws IOException {
        long blockEnd = Math.min(line, document.lineCount() - 1);
        while (blockEnd >= 0) {
            long blockStart = Math.max(0, blockEnd - BLOCK + 1);
            TextMatch[] last = {null};
            scan(blockStart, blockEnd - blockStart + 1, match -> {
                if (match.line() < line || match.column() < column) {
                    last[0] = match;
                }
                return true;
            });
            if (last[0] != null) {
                return Optional.of(last[0]);
            }
            blockEnd = blockStart - 1;
        }
        return Optional.empty();
    }

    /** The matches in lines {@code fromLine} to {@code fromLine + count}, to highlight what is on screen. */
    public List<TextMatch> matchesIn(long fromLine, int count) throws IOException {
        List<TextMatch> matches = new ArrayList<>();
        scan(fromLine, count, matches::add);
        return matches;
    }

    private void scan(long from, long count, MatchVisitor visitor) throws IOException {
        if (query.text().isEmpty()) {
            return;
        }
        long[] seen = {0};
        document.forEachLine(from, count, MAX_SEARCHED_LINE_CHARS, (number, text, cut) -> {
            if ((++seen[0] & 1023) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("search cancelled");
            }
            return find(number, text, visitor);
        });
    }

    private boolean find(long line, String text, MatchVisitor visitor) {
        if (pattern == null) {
            String needle = query.text();
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
                if (!visitor.visit(new TextMatch(line, at, needle.length()))) {
                    return false;
                }
            }
            return true;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start() && !visitor.visit(new TextMatch(line, matcher.start(),
                    matcher.end() - matcher.start()))) {
                return false;
            }
        }
        return true;
    }
}
