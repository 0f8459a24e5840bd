package dev.courier.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A name/value table (headers, form fields): a checkbox, an always-editable name and value, a remove button. */
public final class KeyValueTable {

    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");

    private final TableView<KeyValueRow> table = new TableView<>();
    private final ObservableList<KeyValueRow> rows;

    public KeyValueTable(String id, ObservableList<KeyValueRow> rows, String placeholder) {
        this.rows = rows;
        table.setId(id);
        table.getStyleClass().addAll("kv-table", Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setItems(rows);
        table.setEditable(true);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new HeaderTableRow());

        TableColumn<KeyValueRow, Boolean> enabled = new TableColumn<>();
        enabled.setCellValueFactory(cell -> cell.getValue().enabledProperty());
        enabled.setCellFactory(column -> {
            CheckBoxTableCell<KeyValueRow, Boolean> cell = new CheckBoxTableCell<>();
            cell.getStyleClass().add("kv-enabled");
            return cell;
        });
        fixedWidth(enabled, 36);

        TableColumn<KeyValueRow, String> name = new TableColumn<>("Name");
        name.setCellFactory(column -> new TextFieldCell<>(KeyValueRow::nameProperty, "kv-name", "Name"));
        name.setPrefWidth(200);

        TableColumn<KeyValueRow, String> value = new TableColumn<>("Value");
        value.setCellFactory(column -> new TextFieldCell<>(KeyValueRow::valueProperty, "kv-value", "Value"));
        value.setPrefWidth(360);

        TableColumn<KeyValueRow, Void> remove = new TableColumn<>();
        remove.setCellFactory(column -> new RemoveCell());
        fixedWidth(remove, 40);

        table.getColumns().setAll(java.util.List.of(enabled, name, value, remove));
    }

    public TableView<KeyValueRow> node() {
        return table;
    }

    /** Adds an empty row and puts the caret in its name field. */
    public void addAndEdit() {
        KeyValueRow row = new KeyValueRow("", "", true);
        rows.add(row);
        int index = rows.size() - 1;
        table.scrollTo(index);
        table.applyCss();
        table.layout();
        table.lookupAll(".kv-name").stream()
                .filter(node -> node instanceof TextFieldCell<?> cell && cell.getIndex() == index)
                .findFirst()
                .ifPresent(node -> ((TextFieldCell<?>) node).focusField());
    }

    private static void fixedWidth(TableColumn<KeyValueRow, ?> column, double width) {
        column.setMinWidth(width);
        column.setMaxWidth(width);
        column.setPrefWidth(width);
        column.setResizable(false);
        column.setSortable(false);
    }

    /** The row's delete button. */
    private final class RemoveCell extends TableCell<KeyValueRow, Void> {
        private final Button button = new Button(null, new FontIcon(Feather.TRASH_2));

        RemoveCell() {
            getStyleClass().add("kv-remove");
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            button.setTooltip(new Tooltip("Remove row"));
            button.setOnAction(e -> {
                int index = getIndex();
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
            });
        }

        @Override
        protected void updateItem(Void item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty ? null : button);
        }
    }

    /** Dims rows that are switched off. */
    private static final class HeaderTableRow extends TableRow<KeyValueRow> {
        private final ChangeListener<Boolean> enabledListener = (obs, old, now) -> pseudoClassStateChanged(OFF, !now);
        private KeyValueRow watched;

        @Override
        protected void updateItem(KeyValueRow item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.enabledProperty().removeListener(enabledListener);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.enabledProperty().addListener(enabledListener);
            }
            pseudoClassStateChanged(OFF, watched != null && !watched.enabledProperty().get());
        }
    }
}
