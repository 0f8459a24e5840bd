package dev.courier.ui;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/** A name/value table (headers, form fields): a switch, an always-editable name and value, a delete button. */
public final class KeyValueTable {

    private final TableView<KeyValueRow> table;
    private final ObservableList<KeyValueRow> rows;

    public KeyValueTable(String id, ObservableList<KeyValueRow> rows, String placeholder) {
        this.rows = rows;
        table = EditableTables.table(id, rows, placeholder);
        EditableTables.dimWhenOff(table, KeyValueRow::enabledProperty);
        table.getColumns().setAll(List.of(
                EditableTables.enabledColumn(KeyValueRow::enabledProperty, "kv-enabled"),
                EditableTables.textColumn("Name", KeyValueRow::nameProperty, "kv-name", "Name", 200),
                EditableTables.textColumn("Value", KeyValueRow::valueProperty, "kv-value", "Value", 360),
                EditableTables.removeColumn(rows, "Remove row")));
    }

    public TableView<KeyValueRow> node() {
        return table;
    }

    /** Adds an empty row and puts the caret in its name field. */
    public void addAndEdit() {
        rows.add(new KeyValueRow("", "", true));
        EditableTables.focus(table, rows.size() - 1, "kv-name");
    }
}
