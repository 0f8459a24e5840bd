package dev.courier.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
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

/**
 * The pieces of Courier's editable tables (headers, params, form fields, parts): a switch column, always-editable
 * text columns, a delete column, and rows dimmed while switched off.
 */
public final class EditableTables {

    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");

    private EditableTables() {
    }

    /** An editable, dense, edge-to-edge table over {@code rows}. */
    public static <R> TableView<R> table(String id, ObservableList<R> rows, String placeholder) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().addAll("kv-table", Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setEditable(true);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    /** Dims a row while its switch is off. */
    public static <R> void dimWhenOff(TableView<R> table, Function<R, BooleanProperty> enabled) {
        table.setRowFactory(t -> new DimmingRow<>(enabled));
    }

    /** The on/off switch of each row. */
    public static <R> TableColumn<R, Boolean> enabledColumn(Function<R, BooleanProperty> enabled, String styleClass) {
        TableColumn<R, Boolean> column = new TableColumn<>();
        column.setCellValueFactory(cell -> enabled.apply(cell.getValue()));
        column.setCellFactory(c -> {
            CheckBoxTableCell<R, Boolean> cell = new CheckBoxTableCell<>();
            cell.getStyleClass().add(styleClass);
            return cell;
        });
        fixedWidth(column, 36);
        return column;
    }

    /** A column of always-editable text fields bound to a property of each row. */
    public static <R> TableColumn<R, String> textColumn(String title, Function<R, StringProperty> property,
                                                        String styleClass, String prompt, double width) {
        return textColumn(title, property, styleClass, prompt, width, row -> false);
    }

    /** A column of text fields bound to a property of each row, read-only on rows {@code readOnly} accepts. */
    public static <R> TableColumn<R, String> textColumn(String title, Function<R, StringProperty> property,
                                                        String styleClass, String prompt, double width,
                                                        Predicate<R> readOnly) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellFactory(c -> new TextFieldCell<>(property, styleClass, prompt, readOnly));
        column.setPrefWidth(width);
        return column;
    }

    /** A column with a delete button on each row. */
    public static <R> TableColumn<R, Void> removeColumn(ObservableList<R> rows, String tooltip) {
        return removeColumn(rows::remove, row -> true, tooltip);
    }

    /** A column with a delete button on the rows {@code removable} accepts, calling {@code remove}. */
    public static <R> TableColumn<R, Void> removeColumn(Consumer<R> remove, Predicate<R> removable, String tooltip) {
        TableColumn<R, Void> column = new TableColumn<>();
        column.setCellFactory(c -> new RemoveCell<>(remove, removable, tooltip));
        fixedWidth(column, 40);
        return column;
    }

    /** A column that keeps its width. */
    public static void fixedWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setMaxWidth(width);
        column.setPrefWidth(width);
        column.setResizable(false);
        column.setSortable(false);
    }

    /** Scrolls to row {@code index} and puts the caret in its first text field of {@code cellClass}. */
    public static void focus(TableView<?> table, int index, String cellClass) {
        table.scrollTo(index);
        table.applyCss();
        table.layout();
        table.lookupAll("." + cellClass).stream()
                .filter(node -> node instanceof TextFieldCell<?> cell && cell.getIndex() == index)
                .findFirst()
                .ifPresent(node -> ((TextFieldCell<?>) node).focusField());
    }

    /** The row's delete button. */
    private static final class RemoveCell<R> extends TableCell<R, Void> {
        private final Button button = new Button(null, new FontIcon(Feather.TRASH_2));
        private final Predicate<R> removable;

        RemoveCell(Consumer<R> remove, Predicate<R> removable, String tooltip) {
            this.removable = removable;
            getStyleClass().add("kv-remove");
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            button.setTooltip(new Tooltip(tooltip));
            button.setOnAction(e -> row().ifPresent(remove));
        }

        private Optional<R> row() {
            int index = getIndex();
            List<R> items = getTableView() == null ? List.of() : getTableView().getItems();
            return index >= 0 && index < items.size() ? Optional.of(items.get(index))
                    : Optional.empty();
        }

        @Override
        protected void updateItem(Void item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(!empty && row().filter(removable).isPresent() ? button : null);
        }
    }

    /** Dims rows that are switched off. */
    private static final class DimmingRow<R> extends TableRow<R> {
        private final Function<R, BooleanProperty> enabled;
        private final ChangeListener<Boolean> listener = (obs, old, now) -> pseudoClassStateChanged(OFF, !now);
        private R watched;

        DimmingRow(Function<R, BooleanProperty> enabled) {
            this.enabled = enabled;
        }

        @Override
        protected void updateItem(R item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                enabled.apply(watched).removeListener(listener);
            }
            watched = empty ? null : item;
            if (watched != null) {
                enabled.apply(watched).addListener(listener);
            }
            pseudoClassStateChanged(OFF, watched != null && !enabled.apply(watched).get());
        }
    }
}
