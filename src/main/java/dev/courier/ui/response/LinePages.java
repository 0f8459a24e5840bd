package dev.courier.ui.response;

import dev.courier.core.body.DocumentLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The lines a viewer shows, read from a document in pages off the UI thread, coloured there, and kept in a small
 * cache: a viewer asks for the lines on screen and gets them at once when cached, or later, when {@link #version()}
 * says a page arrived. Used on the UI thread.
 */
public final class LinePages {

    static final int PAGE_LINES = 128;
    private static final int CACHED_PAGES = 64;

    /** Reads up to {@code count} lines from line {@code from}; blocking, so never on the UI thread. */
    @FunctionalInterface
    interface Source {
        List<DocumentLine> lines(long from, int count) throws IOException;
    }

    private final Source source;
    private final boolean json;
    private final Executor work;
    private final Executor ui;
    private final Map<Long, List<ShownLine>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<ShownLine>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Long> loading = new HashSet<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private boolean closed;

    /**
     * @param json whether to colour the lines as pretty-printed JSON
     * @param work reads and colours pages
     * @param ui   publishes them
     */
    LinePages(Source source, boolean json, Executor work, Executor ui) {
        this.source = source;
        this.json = json;
        this.work = work;
        this.ui = ui;
    }

    /**
     * Line {@code number} when its page is loaded; otherwise null, and the page is requested.
     *
     * @param available how many lines the document has now (it may still grow)
     */
    public synchronized ShownLine line(long number, long available) {
        if (number < 0 || number >= available) {
            return null;
        }
        long page = number / PAGE_LINES;
        List<ShownLine> lines = pages.get(page);
        int at = (int) (number - page * PAGE_LINES);
        if (lines != null && at < lines.size()) {
            return lines.get(at);
        }
        load(page); // not read yet, or read while the document was shorter
        return null;
    }

    /** Requests the pages of lines {@code [from, to]} that are not cached, so scrolling finds them ready. */
    public synchronized void prefetch(long from, long to, long available) {
        for (long page = Math.max(0, from) / PAGE_LINES; page <= Math.min(to, available - 1) / PAGE_LINES; page++) {
            List<ShownLine> lines = pages.get(page);
            long wanted = Math.min(PAGE_LINES, available - page * PAGE_LINES);
            if (lines == null || lines.size() < wanted) {
                load(page);
            }
        }
    }

    /** Counts the pages that arrived; rows waiting for a line look again when it changes. */
    public ReadOnlyLongProperty version() {
        return version.getReadOnlyProperty();
    }

    /** Stops loading; pages in flight are dropped. */
    public synchronized void close() {
        closed = true;
        pages.clear();
    }

    private void load(long page) {
        if (closed || !loading.add(page)) {
            return;
        }
        work.execute(() -> {
            List<ShownLine> lines = read(page);
            ui.execute(() -> arrived(page, lines));
        });
    }

    private synchronized void arrived(long page, List<ShownLine> lines) {
        loading.remove(page);
        if (!closed && lines != null) {
            pages.put(page, lines);
            version.set(version.get() + 1);
        }
    }

    private List<ShownLine> read(long page) {
        try {
            List<DocumentLine> lines = source.lines(page * PAGE_LINES, PAGE_LINES);
            List<ShownLine> shown = new ArrayList<>(lines.size());
            for (DocumentLine line : lines) {
                shown.add(new ShownLine(line, json ? JsonLineColours.of(line.text()) : List.of()));
            }
            return shown;
        } catch (IOException | RuntimeException released) {
            return null; // the document was closed meanwhile: nobody shows it any more
        }
    }
}
