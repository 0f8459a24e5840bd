package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.courier.core.Units;
import dev.courier.io.history.HistoryEntry;
import dev.courier.io.history.HistorySummary;
import dev.courier.ui.history.HistoryViewModel;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The History panel ({@code #history}): sent requests newest first under day headings, a search box (words in URL
 * or body, a method, a status or class such as 404 or 5xx); a click opens an entry in a new tab.
 */
final class HistoryPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private final Workspace workspace;
    private final HistoryViewModel history;
    private final SaveActions saves;
    private final ListView<HistoryViewModel.Row> list = new ListView<>();
    private final VBox root = new VBox();

    HistoryPane(Workspace workspace, SaveActions saves) {
        this.workspace = workspace;
        this.history = workspace.history();
        this.saves = saves;
        list.setId("history");
        list.getStyleClass().addAll("history-list", Styles.DENSE);
        list.setItems(history.rows());
        Label none = new Label("Requests you send are listed here, newest first.");
        none.getStyleClass().addAll("sidebar-empty", Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.setCellFactory(view -> new RowCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                selectedEntry().ifPresent(this::open);
            }
        });

        TextField search = new TextField();
        search.setId("history-search");
        search.setPromptText("Search: words, GET, 404, 5xx");
        search.getStyleClass().add(Styles.SMALL);
        search.textProperty().bindBidirectional(history.queryProperty());

        NoticeBar problem = new NoticeBar("history-problem", "dismiss-history-problem", "Dismiss");
        problem.getStyleClass().add("problem");
        history.problemProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                problem.hide();
            } else {
                problem.show(now);
            }
        });
        problem.setOnAction(history::dismissProblem);

        Button clear = new Button(null, new FontIcon(Feather.TRASH_2));
        clear.setId("clear-history");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setTooltip(new Tooltip("Clear the history"));
        clear.setOnAction(e -> {
            if (WorkspaceDialogs.confirm(root.getScene().getWindow(), "clear-history-dialog", "Clear history",
                    "Remove every request from the history?", "This cannot be undone.")) {
                history.clear();
            }
        });

        CheckMenuItem keepSecrets = new CheckMenuItem("Keep secrets unmasked in new entries");
        keepSecrets.setId("history-keep-secrets");
        keepSecrets.selectedProperty().bindBidirectional(history.keepSecretsProperty());
        MenuButton settings = new MenuButton(null, new FontIcon(Feather.SETTINGS), keepSecrets);
        settings.setId("history-settings");
        settings.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, Tweaks.NO_ARROW);
        settings.setTooltip(new Tooltip("History settings: tokens, passwords and keys are stored masked unless "
                + "you choose otherwise"));

        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("sidebar-section");
        root.getChildren().setAll(SidebarHeading.of("History", settings, clear), search, problem, list);
    }

    VBox node() {
        return root;
    }

    private Optional<HistorySummary> selectedEntry() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                .filter(HistoryViewModel.EntryRow.class::isInstance)
                .map(row -> ((HistoryViewModel.EntryRow) row).summary());
    }

    /** Opens the entry in a new tab: its request as sent, and its response (or why none came). */
    void open(HistorySummary summary) {
        history.load(summary.id()).thenAccept(found -> found.ifPresent(entry -> {
            boolean answered = entry.summary().status() != 0;
            TabViewModel tab = workspace.tabs().openUnsaved(entry.request(),
                    answered ? Optional.of(ShownResponses.exchange(entry)) : Optional.empty());
            if (!answered) {
                tab.request().showFailure(entry.summary().failure());
            }
        }));
    }

    private void saveToCollection(HistorySummary summary) {
        history.load(summary.id()).thenAccept(found -> found.map(HistoryEntry::request).ifPresent(request ->
                saves.saveNew(request, suggestedName(summary))));
    }

    private static String suggestedName(HistorySummary summary) {
        String path = summary.url().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "").replaceFirst("\\?.*", "");
        return summary.method() + " " + (path.isEmpty() ? "/" : path);
    }

    private static String dayTitle(LocalDate date) {
        LocalDate today = LocalDate.now();
        return date.equals(today) ? "Today" : date.equals(today.minusDays(1)) ? "Yesterday" : DAY.format(date);
    }

    /** A day heading or an entry: method badge, URL, then status, time taken, size and the time it was sent. */
    private final class RowCell extends ListCell<HistoryViewModel.Row> {

        RowCell() {
            setPrefWidth(0); // as wide as the list, never wider: long URLs are cut with an ellipsis
        }

        @Override
        protected void updateItem(HistoryViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("history-day-cell", "history-entry-cell");
            setText(null);
            setContextMenu(null);
            setTooltip(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row instanceof HistoryViewModel.DayRow day) {
                Label heading = new Label(dayTitle(day.date()));
                heading.getStyleClass().add("history-day");
                getStyleClass().add("history-day-cell");
                setGraphic(heading);
                return;
            }
            HistorySummary entry = ((HistoryViewModel.EntryRow) row).summary();
            Label url = new Label(entry.url().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", ""));
            url.getStyleClass().add("history-url");
            url.setMinWidth(0);
            url.setMaxWidth(Double.MAX_VALUE);
            Label status = new Label(entry.status() == 0 ? "failed" : Integer.toString(entry.status()));
            status.getStyleClass().addAll("history-status", "status-" + (entry.status() / 100) + "xx");
            Label meta = new Label(Units.duration(Duration.ofMillis(entry.timeMillis())) + " · "
                    + Units.bytes(entry.size()) + " · " + TIME.format(entry.sentAt().atZone(ZoneId.systemDefault())));
            meta.getStyleClass().addAll("history-meta", Styles.TEXT_MUTED);
            HBox line = new HBox(6, status, meta);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(2, url, line);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox cell = new HBox(8, CollectionTreeCell.methodBadge(entry.method()), text);
            cell.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("history-entry-cell");
            setGraphic(cell);
            setTooltip(new Tooltip(entry.failure().isEmpty() ? entry.url() : entry.failure()));
            MenuItem open = new MenuItem("Open in a new tab", new FontIcon(Feather.EXTERNAL_LINK));
            open.setOnAction(e -> HistoryPane.this.open(entry));
            MenuItem save = new MenuItem("Save to collection…", new FontIcon(Feather.SAVE));
            save.setId("history-save");
            save.setOnAction(e -> saveToCollection(entry));
            setContextMenu(new ContextMenu(open, save));
        }
    }
}
