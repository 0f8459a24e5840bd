package dev.courier.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The request's header table: a checkbox, an always-editable name and value, and a remove button per row. */
final class HeaderTable {

    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");

    private final TableView<HeaderRow> table = new TableView<>();
    private final RequestViewModel vm;

    HeaderTable(RequestViewModel vm) {
        this.vm = vm;
        table.setId("headers");
        table.getStyleClass().addAll("header-table", Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setItems(vm.headers());
        table.setEditable(true);
        table.setPlaceholder(new Label("No headers. Add one with \"Add\"."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new HeaderTableRow());

        TableColumn<HeaderRow, Boolean> enabled = new TableColumn<>();
        enabled.setCellValueFactory(cell -> cell.getValue().enabledProperty());
        enabled.setCellFactory(column -> {
            CheckBoxTableCell<HeaderRow, Boolean> cell = new CheckBoxTableCell<>();
            cell.getStyleClass().add("header-enabled");
            return cell;
        });
        fixedWidth(enabled, 36);

        TableColumn<HeaderRow, String> name = new TableColumn<>("Name");
        name.setCellFactory(column -> new TextFieldCell(HeaderRow::nameProperty, "header-name", "Name"));
        name.setPrefWidth(200);

        TableColumn<HeaderRow, String> value = new TableColumn<>("Value");
        value.setCellFactory(column -> new TextFieldCell(HeaderRow::valueProperty, "header-value", "Value"));
        value.setPrefWidth(360);

        TableColumn<HeaderRow, Void> remove = new TableColumn<>();
        remove.setCellFactory(column -> new RemoveCell());
        fixedWidth(remove, 40);

        table.getColumns().setAll(java.util.List.of(enabled, name, value, remove));
    }

    TableView<HeaderRow> node() {
        return table;
    }

    /** Adds an empty row and puts the caret in its name field. */
    void addAndEdit() {
        HeaderRow row = vm.addHeader();
        int index = table.getItems().indexOf(row);
        table.scrollTo(index);
        table.applyCss();
        table.layout();
        table.lookupAll(".header-name").stream()
                .filter(node -> node instanceof TextFieldCell cell && cell.getIndex() == index)
                .findFirst()
                .ifPresent(node -> ((TextFieldCell) node).field.requestFocus());
    }

    private static void fixedWidth(TableColumn<HeaderRow, ?> column, double width) {
        column.setMinWidth(width);
        column.setMaxWidth(width);
        column.setPrefWidth(width);
        column.setResizable(false);
        column.setSortable(false);
    }

    /** A cell whose text field is always there, bound both ways to the row's property. */
    private static final class TextFieldCell extends TableCell<HeaderRow, String> {
        private final TextField field = new TextField();
        private final Function<HeaderRow, StringProperty> property;
        private StringProperty bound;

        TextFieldCell(Function<HeaderRow, StringProperty> property, String styleClass, String prompt) {
            this.property = property;
            getStyleClass().add(styleClass);
            field.getStyleClass().add("cell-field");
            field.setPromptText(prompt);
            setText(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound);
                bound = null;
            }
            int index = getIndex();
            if (empty || index < 0 || index >= getTableView().getItems().size()) {
                setGraphic(null);
                return;
            }
            bound = property.apply(getTableView().getItems().get(index));
            field.textProperty().bindBidirectional(bound);
            setGraphic(field);
        }
    }

    /** The row's delete button. */
    private final class RemoveCell extends TableCell<HeaderRow, Void> {
        private final Button button = new Button(null, new FontIcon(Feather.TRASH_2));

        RemoveCell() {
            getStyleClass().add("header-remove");
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            button.setTooltip(new Tooltip("Remove header"));
            button.setOnAction(e -> {
                int index = getIndex();
                if (index >= 0 && index < getTableView().getItems().size()) {
                    vm.removeHeader(getTableView().getItems().get(index));
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
    private static final class HeaderTableRow extends TableRow<HeaderRow> {
        private final ChangeListener<Boolean> enabledListener = (obs, old, now) -> pseudoClassStateChanged(OFF, !now);
        private HeaderRow watched;

        @Override
        protected void updateItem(HeaderRow item, boolean empty) {
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
