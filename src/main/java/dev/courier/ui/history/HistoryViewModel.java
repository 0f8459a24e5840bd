package dev.courier.ui.history;

import dev.courier.io.history.HistoryDays;
import dev.courier.io.history.HistoryEntry;
import dev.courier.io.history.HistoryQuery;
import dev.courier.io.history.HistoryRecord;
import dev.courier.io.history.HistoryStore;
import dev.courier.io.history.HistorySummary;
import dev.courier.ui.Async;
import dev.courier.ui.SendOutcome;
import dev.courier.ui.SerialExecutor;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History panel: every send recorded off the UI thread, the list newest first under day headings, searched as
 * the user types (URL, method, status, body text); entries load whole to open in a tab. The store is opened on
 * first use, never before the window shows.
 */
public final class HistoryViewModel {

    /** One line of the list. */
    public sealed interface Row permits DayRow, EntryRow {
    }

    /** A day's heading. */
    public record DayRow(LocalDate date) implements Row {
    }

    /** A sent request. */
    public record EntryRow(HistorySummary summary) implements Row {
    }

    /** Opens the store (blocking); called once, off the UI thread. */
    @FunctionalInterface
    public interface StoreOpener {
        HistoryStore open() throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(HistoryViewModel.class.getName());

    private final StoreOpener opener;
    private final Executor io;
    private final Executor ui;
    private final ZoneId zone;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty keepSecrets = new SimpleBooleanProperty(this, "keepSecrets", false);
    private boolean showingStoredChoice;
    private HistoryStore store;
    private boolean openFailed;
    private long searchVersion;

    public HistoryViewModel(StoreOpener opener, Executor background, Executor ui, ZoneId zone) {
        this.opener = opener;
        this.io = new SerialExecutor(background);
        this.ui = ui;
        this.zone = zone;
        query.addListener(obs -> refresh());
        keepSecrets.addListener((obs, old, now) -> {
            if (!showingStoredChoice) {
                chooseKeepSecrets(now);
            }
        });
    }

    /**
     * Records one send. Called by the request form on a background thread while the response body can still be
     * read, so it records synchronously; the list follows through the UI executor.
     */
    public void record(SendOutcome sent) {
        try {
            HistoryStore history = store();
            if (history == null) {
                return;
            }
            history.record(new HistoryRecord(sent.sentAt(), sent.request(), sent.exchange(), sent.failure(),
                    sent.elapsed(), sent.secretValues()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot record the request in the history: " + e.getMessage());
            ui.execute(() -> problem.set("The request could not be recorded in the history: " + e.getMessage()));
            return;
        }
        ui.execute(this::refresh);
    }

    /** Searches again with the current query (also the first load, after the window shows). */
    public void refresh() {
        long version = ++searchVersion;
        HistoryQuery parsed = HistoryQuery.parse(query.get());
        Async.call(io, ui, () -> {
            HistoryStore history = store();
            return history == null ? List.<HistorySummary>of() : history.search(parsed);
        }).whenComplete((found, error) -> {
            if (version != searchVersion) {
                return; // a newer search is on its way
            }
            if (error != null) {
                problem.set("The history could not be searched: " + Async.cause(error).getMessage());
                return;
            }
            rows.setAll(grouped(found));
        });
    }

    /** The whole entry, to open in a tab. */
    public CompletableFuture<Optional<HistoryEntry>> load(long id) {
        return Async.call(io, ui, () -> {
            HistoryStore history = store();
            return history == null ? Optional.<HistoryEntry>empty() : history.load(id);
        });
    }

    /** Removes every entry. */
    public CompletableFuture<Void> clear() {
        return Async.call(io, ui, () -> {
            HistoryStore history = store();
            if (history != null) {
                history.clear();
            }
            return (Void) null;
        }).whenComplete((done, error) -> {
            if (error != null) {
                problem.set("The history could not be cleared: " + Async.cause(error).getMessage());
            }
            refresh();
        });
    }

    /**
     * Whether new entries keep Authorization, Cookie, API keys and secret values as sent (off by default: they are
     * stored masked). Shows the stored choice once the history has been opened; setting it remembers it.
     */
    public BooleanProperty keepSecretsProperty() {
        return keepSecrets;
    }

    private void chooseKeepSecrets(boolean keep) {
        io.execute(() -> {
            HistoryStore history = store();
            try {
                if (history != null) {
                    history.setKeepSecrets(keep);
                }
            } catch (IOException e) {
                ui.execute(() -> {
                    problem.set("The history setting was not saved: " + e.getMessage());
                    showStoredChoice(!keep);
                });
            }
        });
    }

    private void showStoredChoice(boolean keep) {
        showingStoredChoice = true;
        try {
            keepSecrets.set(keep);
        } finally {
            showingStoredChoice = false;
        }
    }

    /** Closes the store (window closing); waits for work in progress. */
    public synchronized void close() throws IOException {
        if (store != null) {
            store.close();
            store = null;
        }
        openFailed = true; // nothing records after closing
    }

    private synchronized HistoryStore store() {
        if (store == null && !openFailed) {
            try {
                store = opener.open();
                boolean keep = store.keepsSecrets();
                ui.execute(() -> showStoredChoice(keep));
                List<String> problems = store.problems();
                if (!problems.isEmpty()) {
                    ui.execute(() -> problem.set(String.join(" ", problems)));
                }
            } catch (IOException e) {
                openFailed = true;
                ui.execute(() -> problem.set("The history is not available: " + e.getMessage()));
            }
        }
        return store;
    }

    private List<Row> grouped(List<HistorySummary> newestFirst) {
        List<Row> grouped = new ArrayList<>();
        for (HistoryDays.Day day : HistoryDays.group(newestFirst, zone)) {
            grouped.add(new DayRow(day.date()));
            day.entries().forEach(entry -> grouped.add(new EntryRow(entry)));
        }
        return grouped;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void dismissProblem() {
        problem.set("");
    }
}
