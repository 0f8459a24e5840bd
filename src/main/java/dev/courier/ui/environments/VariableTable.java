package dev.courier.ui.environments;

import dev.courier.core.model.Variable;
import dev.courier.ui.EditableTables;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;

/**
 * The variables of an environment, a folder, a collection or the globals: switch, name, value (masked for secrets),
 * secret, delete. The last row is always empty; typing into it adds a variable.
 */
public final class VariableTable {

    private final ObservableList<VariableRow> rows = FXCollections.observableArrayList();
    private final TableView<VariableRow> table;
    private final InvalidationListener typed = obs -> keepBlankRowLast();

    public VariableTable(String id) {
        table = EditableTables.table(id, rows, "No variables.");
        table.getStyleClass().add("variable-table");
        EditableTables.dimWhenOff(table, VariableRow::enabledProperty);
        TableColumn<VariableRow, String> value = new TableColumn<>("Value");
        value.setCellFactory(c -> new SecretValueCell());
        value.setPrefWidth(300);
        table.getColumns().setAll(List.of(
                EditableTables.enabledColumn(VariableRow::enabledProperty, "var-enabled"),
                EditableTables.textColumn("Name", VariableRow::nameProperty, "var-name", "Name", 180),
                value,
                secretColumn(),
                EditableTables.removeColumn(rows::remove, row -> row != rows.get(rows.size() - 1),
                        "Delete variable")));
        setVariables(List.of());
    }

    public TableView<VariableRow> node() {
        return table;
    }

    /** Shows {@code variables}, followed by an empty row. */
    public void setVariables(List<Variable> variables) {
        rows.forEach(this::unwatch);
        rows.setAll(variables.stream().map(VariableRow::new).toList());
        rows.add(VariableRow.blank());
        rows.forEach(this::watch);
    }

    /** The variables as edited: every row but the empty ones. */
    public List<Variable> variables() {
        return rows.stream().filter(row -> !row.isBlank()).map(VariableRow::toVariable).toList();
    }

    private void keepBlankRowLast() {
        if (rows.isEmpty() || !rows.get(rows.size() - 1).isBlank()) {
            VariableRow blank = VariableRow.blank();
            watch(blank);
            rows.add(blank);
        }
    }

    private void watch(VariableRow row) {
        row.nameProperty().addListener(typed);
        row.valueProperty().addListener(typed);
    }

    private void unwatch(VariableRow row) {
        row.nameProperty().removeListener(typed);
        row.valueProperty().removeListener(typed);
    }

    private static TableColumn<VariableRow, Boolean> secretColumn() {
        TableColumn<VariableRow, Boolean> column = new TableColumn<>("Secret");
        column.setCellValueFactory(cell -> cell.getValue().secretProperty());
        column.setCellFactory(c -> {
            CheckBoxTableCell<VariableRow, Boolean> cell = new CheckBoxTableCell<>();
            cell.getStyleClass().add("var-secret");
            return cell;
        });
        EditableTables.fixedWidth(column, 76);
        return column;
    }
}
