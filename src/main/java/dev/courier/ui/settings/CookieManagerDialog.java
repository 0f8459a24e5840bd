package dev.courier.ui.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.courier.core.cookies.Cookie;
import dev.courier.core.cookies.CookieJar;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Lists, edits, adds and deletes the cookies of a jar, filtered by domain. Changes go to the jar at once. */
public final class CookieManagerDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final CookieJar jar;
    private final ObservableList<Cookie> cookies = FXCollections.observableArrayList();
    private final TableView<Cookie> table = new TableView<>();
    private final Window owner;

    private CookieManagerDialog(Window owner, CookieJar jar) {
        this.owner = owner;
        this.jar = jar;
    }

    /** Shows the dialog for {@code jar} until closed. */
    public static void show(Window owner, CookieJar jar, String title) {
        new CookieManagerDialog(owner, jar).open(title);
    }

    private void open(String title) {
        TextField filter = new TextField();
        filter.setId("cookie-filter");
        filter.setPromptText("Filter by domain or name");
        FilteredList<Cookie> shown = new FilteredList<>(cookies);
        filter.textProperty().addListener((obs, old, now) -> shown.setPredicate(c -> now.isBlank()
                || c.domain().contains(now.strip().toLowerCase(Locale.ROOT)) || c.name().contains(now.strip())));
        table.setId("cookie-table");
        table.setItems(shown);
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No cookies. Responses' Set-Cookie headers are kept here."));
        table.getColumns().setAll(List.of(column("Domain", c -> (c.hostOnly() ? "" : ".") + c.domain(), 150),
                column("Name", Cookie::name, 110), column("Value", Cookie::value, 170),
                column("Path", Cookie::path, 70),
                column("Expires", c -> c.expires().map(WHEN::format).orElse("session"), 120),
                column("Flags", CookieManagerDialog::flags, 110)));
        Button add = button("Add…", "cookie-add", this::add);
        Button edit = button("Edit value…", "cookie-edit", this::editValue);
        Button delete = button("Delete", "cookie-delete", this::delete);
        Button clear = button("Delete all", "cookie-clear", () -> {
            jar.clear();
            refresh();
        });
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox tools = new HBox(6, filter, add, edit, delete, clear);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(8, tools, table);
        content.setPrefSize(820, 420);
        refresh();

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("cookie-manager");
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private void refresh() {
        cookies.setAll(jar.all());
    }

    private void delete() {
        List.copyOf(table.getSelectionModel().getSelectedItems()).forEach(jar::remove);
        refresh();
    }

    private void editValue() {
        Cookie cookie = table.getSelectionModel().getSelectedItem();
        TextInputDialog ask = new TextInputDialog(cookie.value());
        ask.initOwner(owner);
        ask.setTitle("Edit cookie");
        ask.setHeaderText(cookie.name() + " for " + cookie.domain() + cookie.path());
        ask.showAndWait().ifPresent(value -> {
            jar.put(cookie.withValue(value));
            refresh();
        });
    }

    private void add() {
        TextField domain = new TextField();
        domain.setId("cookie-new-domain");
        TextField name = new TextField();
        name.setId("cookie-new-name");
        TextField value = new TextField();
        value.setId("cookie-new-value");
        TextField path = new TextField("/");
        CheckBox secure = new CheckBox("Secure (https only)");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Domain"), domain);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Value"), value);
        form.addRow(3, new Label("Path"), path);
        form.add(secure, 1, 4);
        Dialog<Cookie> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add cookie");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(domain.textProperty().isEmpty().or(name.textProperty().isEmpty()));
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Instant now = Instant.now();
            String host = domain.getText().strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
            return new Cookie(name.getText().strip(), value.getText(), host, !domain.getText().strip().startsWith("."),
                    path.getText().isBlank() ? "/" : path.getText().strip(), Optional.empty(), secure.isSelected(),
                    false, "", now, now);
        });
        dialog.showAndWait().ifPresent(cookie -> {
            jar.put(cookie);
            refresh();
        });
    }

    private static String flags(Cookie c) {
        StringBuilder b = new StringBuilder();
        if (c.secure()) {
            b.append("Secure ");
        }
        if (c.httpOnly()) {
            b.append("HttpOnly ");
        }
        if (!c.sameSite().isEmpty()) {
            b.append("SameSite=").append(c.sameSite());
        }
        return b.toString().strip();
    }

    private static TableColumn<Cookie, String> column(String title, java.util.function.Function<Cookie, String> text,
                                                      double width) {
        TableColumn<Cookie, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(e -> action.run());
        return button;
    }
}
