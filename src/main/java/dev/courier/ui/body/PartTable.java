package dev.courier.ui.body;

import atlantafx.base.theme.Styles;
import dev.courier.ui.EditableTables;
import dev.courier.ui.vars.VariableField;
import java.io.File;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The parts of a multipart body: enabled, name, text or file, value or path (with Browse), content type. */
final class PartTable {

    private final TableView<PartRow> table;
    private final ObservableList<PartRow> rows;

    PartTable(ObservableList<PartRow> rows) {
        this.rows = rows;
        table = EditableTables.table("body-parts", rows, "No parts. Add a field or a file.");
        EditableTables.dimWhenOff(table, PartRow::enabledProperty);
        TableColumn<PartRow, PartRow.Kind> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(cell -> cell.getValue().kindProperty());
        kind.setCellFactory(column -> new KindCell());
        EditableTables.fixedWidth(kind, 84);
        TableColumn<PartRow, String> value = new TableColumn<>("Value or file");
        value.setCellFactory(column -> new ValueCell());
        value.setPrefWidth(260);
        table.getColumns().setAll(List.of(
                EditableTables.enabledColumn(PartRow::enabledProperty, "part-enabled"),
                EditableTables.textColumn("Name", PartRow::nameProperty, "part-name", "Name", 140),
                kind, value,
                EditableTables.textColumn("Content type", PartRow::contentTypeProperty, "part-type", "auto", 120),
                EditableTables.removeColumn(rows, "Remove part")));
    }

    TableView<PartRow> node() {
        return table;
    }

    void add(PartRow.Kind kind) {
        PartRow row = new PartRow();
        row.kindProperty().set(kind);
        rows.add(row);
        table.scrollTo(row);
    }

    /** Text or File. */
    private static final class KindCell extends TableCell<PartRow, PartRow.Kind> {
        private final ComboBox<PartRow.Kind> box = new ComboBox<>();
        private PartRow bound;

        KindCell() {
            getStyleClass().add("part-kind");
            box.getItems().setAll(PartRow.Kind.values());
            box.getStyleClass().add(Styles.SMALL);
            box.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(PartRow.Kind item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.kindProperty());
                bound = null;
            }
            if (empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()) {
                setGraphic(null);
                return;
            }
            bound = getTableView().getItems().get(getIndex());
            box.valueProperty().bindBidirectional(bound.kindProperty());
            setGraphic(box);
        }
    }

    /** The text of a field, or the path of a file with a Browse button. */
    private static final class ValueCell extends TableCell<PartRow, String> {
        private final TextField field = new TextField();
        private final InvalidationListener kindListener = obs -> kindChanged();
        private final Button browse = new Button(null, new FontIcon(Feather.FOLDER));
        private final HBox box = new HBox(2, field, browse);
        private PartRow bound;

        ValueCell() {
            getStyleClass().add("part-value");
            field.getStyleClass().add("cell-field");
            VariableField.install(field);
            HBox.setHgrow(field, Priority.ALWAYS);
            browse.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            browse.setTooltip(new Tooltip("Choose a file"));
            browse.setOnAction(e -> {
                File file = new FileChooser().showOpenDialog(getScene().getWindow());
                if (file != null && bound != null) {
                    bound.valueProperty().set(file.getAbsolutePath());
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound.valueProperty());
                bound.kindProperty().removeListener(kindListener);
                bound = null;
            }
            if (empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()) {
                setGraphic(null);
                return;
            }
            bound = getTableView().getItems().get(getIndex());
            field.textProperty().bindBidirectional(bound.valueProperty());
            bound.kindProperty().addListener(kindListener);
            kindChanged();
            setGraphic(box);
        }

        private void kindChanged() {
            boolean file = bound != null && bound.kindProperty().get() == PartRow.Kind.FILE;
            browse.setVisible(file);
            browse.setManaged(file);
            field.setPromptText(file ? "/path/to/file" : "Value");
        }
    }
}
