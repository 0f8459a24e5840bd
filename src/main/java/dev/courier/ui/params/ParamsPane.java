package dev.courier.ui.params;

import atlantafx.base.theme.Styles;
import dev.courier.ui.EditableTables;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Params tab: the query table in step with the URL, and the values of the URL's {@code :name} segments. */
public final class ParamsPane {

    private final VBox root = new VBox();
    private final TableView<ParamRow> params;
    private final ParamsViewModel vm;

    public ParamsPane(ParamsViewModel vm) {
        this.vm = vm;
        params = EditableTables.table("params", vm.params(), "No query parameters. Type them in the URL or add one.");
        EditableTables.dimWhenOff(params, ParamRow::enabledProperty);
        params.getColumns().setAll(List.of(
                EditableTables.enabledColumn(ParamRow::enabledProperty, "param-enabled"),
                EditableTables.textColumn("Name", ParamRow::nameProperty, "param-name", "Name", 160),
                EditableTables.textColumn("Value", ParamRow::valueProperty, "param-value", "Value", 220),
                EditableTables.textColumn("Description", ParamRow::descriptionProperty, "param-description",
                        "Description", 160),
                EditableTables.removeColumn(vm.params(), "Remove parameter")));
        Button add = new Button("Add parameter", new FontIcon(Feather.PLUS));
        add.setId("add-param");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setTooltip(new Tooltip("Add a query parameter (written into the URL, percent-encoded)"));
        add.setOnAction(e -> {
            vm.addParam();
            EditableTables.focus(params, vm.params().size() - 1, "param-name");
        });
        HBox toolbar = new HBox(4, add);
        toolbar.getStyleClass().add("table-toolbar");

        TableView<PathVariableRow> path = EditableTables.table("path-variables", vm.pathVariables(), "");
        TableColumn<PathVariableRow, String> name = new TableColumn<>("Path variable");
        name.setCellValueFactory(cell -> cell.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setEditable(false);
        name.setPrefWidth(160);
        path.getColumns().setAll(List.of(name,
                EditableTables.textColumn("Value", PathVariableRow::valueProperty, "path-value", "Value", 220),
                EditableTables.textColumn("Description", PathVariableRow::descriptionProperty, "path-description",
                        "Description", 160)));
        path.setFixedCellSize(30);
        path.prefHeightProperty().bind(path.fixedCellSizeProperty().multiply(
                Bindings.size(vm.pathVariables()).add(1.2)));
        path.setMinHeight(Region.USE_PREF_SIZE);
        Label pathTitle = new Label("Path variables — values for the URL's :name segments");
        pathTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "subsection-title");
        VBox pathBox = new VBox(pathTitle, path);
        pathBox.visibleProperty().bind(Bindings.isNotEmpty(vm.pathVariables()));
        pathBox.managedProperty().bind(pathBox.visibleProperty());

        VBox.setVgrow(params, Priority.ALWAYS);
        root.getChildren().setAll(toolbar, params, pathBox);
    }

    public Node node() {
        return root;
    }
}
