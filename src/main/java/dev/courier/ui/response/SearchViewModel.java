package dev.courier.ui.response;

import dev.courier.core.body.FormattedDocument;
import dev.courier.core.body.SearchQuery;
import dev.courier.core.body.TextMatch;
import dev.courier.core.body.TextSearch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Find in a document of any size: counts the matches with {@link TextSearch} off the UI thread, block by block
 * (a newer query stops an older count), remembers where they are when there are not too many, and steps through
 * them. The viewer highlights the matches on screen with {@link #patternProperty()} and scrolls to
 * {@link #currentProperty()}. Changed on the UI thread.
 */
public final class SearchViewModel {

    /** Match positions kept for stepping and "3 of 12"; beyond it each step searches the document. */
    static final int MAX_REMEMBERED = 100_000;
    private static final int BLOCK_LINES = 16_384;
    private static final long REPORT_NANOS = 200_000_000L;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty(this, "caseSensitive");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Pattern> pattern = new ReadOnlyObjectWrapper<>(this, "pattern");
    private final ReadOnlyObjectWrapper<TextMatch> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final InvalidationListener recountWhenDone = obs -> recount();
    private final Executor work;
    private final Executor ui;
    private DocumentViewModel document;
    private TextSearch search;
    private volatile long generation; // read by the searching thread to notice it was replaced
    private long total = -1;
    private boolean partial;
    private List<TextMatch> positions = List.of();
    private volatile long origin;

    public SearchViewModel(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
        InvalidationListener restart = obs -> restart();
        query.addListener(restart);
        caseSensitive.addListener(restart);
        regex.addListener(restart);
    }

    /** Searches {@code shown} from now on (null: nothing shown). */
    public void attach(DocumentViewModel shown) {
        if (document != null) {
            document.processingProperty().removeListener(recountWhenDone);
        }
        document = shown;
        if (shown != null) {
            shown.processingProperty().addListener(recountWhenDone);
        }
        restart();
    }

    /** Where the first step goes from, when no match is current: the top of the view. */
    public void setOrigin(long line) {
        origin = Math.max(0, line);
    }

    public void next() {
        step(true);
    }

    public void previous() {
        step(false);
    }

    /** Forgets the query: nothing highlighted. */
    public void clear() {
        query.set("");
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty caseSensitiveProperty() {
        return caseSensitive;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    /** "3 of 12", "No matches", "Searching… 40 %", or why the query is not valid. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What to highlight on screen: the query as a pattern, or null. */
    public ReadOnlyObjectProperty<Pattern> patternProperty() {
        return pattern.getReadOnlyProperty();
    }

    /** The match stepped to, or null. */
    public ReadOnlyObjectProperty<TextMatch> currentProperty() {
        return current.getReadOnlyProperty();
    }

    private void restart() {
        current.set(null);
        recount();
    }

    private void recount() {
        long run = ++generation;
        total = -1;
        positions = List.of();
        search = null;
        String text = query.get();
        if (text.isEmpty() || document == null) {
            pattern.set(null);
            current.set(null);
            summary.set("");
            return;
        }
        SearchQuery wanted = new SearchQuery(text, caseSensitive.get(), regex.get());
        try {
            search = new TextSearch(document.document(), wanted);
        } catch (IllegalArgumentException invalid) {
            pattern.set(null);
            current.set(null);
            summary.set(invalid.getMessage());
            return;
        }
        pattern.set(highlight(wanted));
        partial = document.processingProperty().get();
        summary.set("Searching…");
        FormattedDocument searched = document.document();
        TextSearch counting = search;
        long lines = searched.lineCount();
        work.execute(() -> count(run, counting, lines));
    }

    private void count(long run, TextSearch counting, long lines) {
        long found = 0;
        List<TextMatch> kept = new ArrayList<>();
        long reported = System.nanoTime();
        boolean shown = false;
        try {
            for (long from = 0; from < lines && run == generation; from += BLOCK_LINES) {
                List<TextMatch> block = counting.matchesIn(from, (int) Math.min(BLOCK_LINES, lines - from));
                found += block.size();
                Optional<TextMatch> first = shown ? Optional.empty()
                        : block.stream().filter(m -> m.line() >= origin).findFirst();
                if (first.isPresent()) {
                    shown = true; // like a browser: go to the first match at once, count the rest meanwhile
                    ui.execute(() -> {
                        if (run == generation && current.get() == null) {
                            current.set(first.get());
                        }
                    });
                }
                if (kept != null) {
                    kept.addAll(block);
                    kept = kept.size() > MAX_REMEMBERED ? null : kept;
                }
                if (System.nanoTime() - reported > REPORT_NANOS) {
                    reported = System.nanoTime();
                    String progress = String.format(Locale.ROOT, "Searching… %d %%", 100 * from / lines);
                    ui.execute(() -> {
                        if (run == generation) {
                            summary.set(progress);
                        }
                    });
                }
            }
        } catch (IOException | CancellationException stopped) {
            return; // the document was closed or replaced
        }
        long count = found;
        List<TextMatch> where = kept;
        ui.execute(() -> counted(run, count, where));
    }

    private void counted(long run, long count, List<TextMatch> where) {
        if (run != generation) {
            return;
        }
        total = count;
        positions = where;
        TextMatch was = current.get();
        if (was == null && count > 0) {
            step(true); // like a browser: typing goes to the first match
        } else {
            describe(was);
        }
    }

    private void step(boolean forward) {
        if (total <= 0 || search == null) {
            return;
        }
        TextMatch from = current.get();
        if (positions != null) {
            current.set(positions.get(nextIndex(from, forward)));
            describe(current.get());
            return;
        }
        long run = generation;
        TextSearch stepping = search;
        long lines = document.document().lineCount();
        work.execute(() -> {
            try {
                Optional<TextMatch> found = forward
                        ? stepping.next(from == null ? origin : from.line(), from == null ? 0 : from.column() + 1)
                                .or(() -> first(stepping))
                        : stepping.previous(from == null ? origin : from.line(), from == null ? 0 : from.column())
                                .or(() -> last(stepping, lines));
                ui.execute(() -> {
                    if (run == generation && found.isPresent()) {
                        current.set(found.get());
                        describe(found.get());
                    }
                });
            } catch (IOException | CancellationException stopped) {
                // the document was replaced meanwhile
            }
        });
    }

    private int nextIndex(TextMatch from, boolean forward) {
        int size = positions.size();
        if (from == null) {
            int at = Collections.binarySearch(positions, new TextMatch(origin, 0, 0));
            int index = at >= 0 ? at : -at - 1;
            return forward ? index % size : Math.floorMod(index - 1, size);
        }
        int at = Collections.binarySearch(positions, from);
        int index = at >= 0 ? at : -at - 1 - (forward ? 1 : 0);
        return Math.floorMod(index + (forward ? 1 : -1), size);
    }

    private void describe(TextMatch shown) {
        String suffix = partial ? " so far" : "";
        if (total == 0) {
            summary.set("No matches" + suffix);
        } else if (shown != null && positions != null) {
            int at = Collections.binarySearch(positions, shown);
            summary.set(String.format(Locale.ROOT, "%,d of %,d%s", Math.max(0, at) + 1, total, suffix));
        } else if (shown != null) {
            summary.set(String.format(Locale.ROOT, "line %,d · %,d matches%s", shown.line() + 1, total, suffix));
        } else {
            summary.set(String.format(Locale.ROOT, "%,d %s%s", total, total == 1 ? "match" : "matches", suffix));
        }
    }

    private static Optional<TextMatch> first(TextSearch search) {
        try {
            return search.next(0, 0);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<TextMatch> last(TextSearch search, long lines) {
        try {
            return search.previous(Math.max(0, lines - 1), Integer.MAX_VALUE);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The same rules as {@link TextSearch}: literal unless regex, case-insensitive unless asked. */
    static Pattern highlight(SearchQuery query) {
        int flags = (query.regex() ? 0 : Pattern.LITERAL)
                | (query.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(query.text(), flags);
    }
}
