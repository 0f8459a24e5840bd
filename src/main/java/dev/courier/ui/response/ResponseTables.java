package dev.courier.ui.response;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.courier.core.model.Header;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The response's tables: headers, cookies and the redirect timeline. Rows can be selected and copied (Ctrl+C or
 * the context menu) as text, one row per line.
 */
public final class ResponseTables {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private ResponseTables() {
    }

    /** Name and value; copied as {@code Name: value} lines. */
    public static TableView<Header> headers(ObservableList<Header> headers) {
        TableView<Header> table = table("response-headers", headers, "No headers",
                h -> h.name() + ": " + h.value());
        table.getColumns().setAll(List.of(column("Name", 200, Header::name), column("Value", 420, Header::value)));
        return table;
    }

    /** Every cookie the response set, parsed; copied as {@code name=value} lines. */
    public static TableView<CookieRow> cookies(ObservableList<CookieRow> cookies) {
        TableView<CookieRow> table = table("response-cookies", cookies, "The response set no cookies",
                c -> c.name() + "=" + c.value());
        table.getColumns().setAll(List.of(column("Name", 140, CookieRow::name), column("Value", 220, CookieRow::value),
                column("Domain", 140, CookieRow::domain), column("Path", 80, CookieRow::path),
                column("Expires", 170, CookieRow::expires), column("Flags", 170, CookieRow::flags)));
        return table;
    }

    /** Each request of a redirect chain with its status, Location and times. */
    public static TableView<HopRow> timeline(ObservableList<HopRow> hops) {
        TableView<HopRow> table = table("response-timeline", hops, "No redirects were followed",
                h -> h.number() + ". " + h.request() + " → " + h.status()
                        + (h.location().isEmpty() ? "" : " → " + h.location()));
        TableColumn<HopRow, String> status = column("Status", 150, HopRow::status);
        status.setCellFactory(column -> new StatusCell());
        table.getColumns().setAll(List.of(column("#", 40, h -> Integer.toString(h.number())),
                column("Request", 300, HopRow::request), status, column("Location", 260, HopRow::location),
                column("Sent at", 80, HopRow::started), column("Headers after", 110, HopRow::waited)));
        return table;
    }

    private static <T> TableView<T> table(String id, ObservableList<T> rows, String empty,
                                          Function<T, String> asText) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE, Styles.STRIPED, "response-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(empty));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem copySelected = new MenuItem("Copy selected rows");
        copySelected.setOnAction(e -> copy(table.getSelectionModel().getSelectedItems(), asText));
        MenuItem copyAll = new MenuItem("Copy all");
        copyAll.setOnAction(e -> copy(table.getItems(), asText));
        table.setContextMenu(new ContextMenu(copySelected, copyAll));
        table.setOnKeyPressed(e -> {
            if (COPY.match(e) && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                copy(table.getSelectionModel().getSelectedItems(), asText);
                e.consume();
            }
        });
        return table;
    }

    private static <T> void copy(List<T> rows, Function<T, String> asText) {
        if (rows.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(rows.stream().map(asText).collect(Collectors.joining("\n")));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A status coloured by its class, as in the status line. */
    private static final class StatusCell extends TableCell<HopRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-text-"));
            setText(empty ? null : item);
            HopRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                getStyleClass().add("status-text-" + row.code() / 100 + "xx");
            }
        }
    }
}
