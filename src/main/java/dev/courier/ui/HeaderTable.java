package dev.courier.ui;

import dev.courier.core.http.RequestPreparer;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.ui.auth.AuthViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The request's header table: the header the Auth tab adds, as a derived read-only row at the top (its switch
 * turns the auth off and on), then the headers the user typed. A typed Authorization header overrides the derived
 * one, and the derived row says so.
 */
final class HeaderTable {

    private static final PseudoClass DERIVED = PseudoClass.getPseudoClass("derived");
    private static final PseudoClass OVERRIDDEN = PseudoClass.getPseudoClass("overridden");
    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");

    private final ObservableList<KeyValueRow> shown = FXCollections.observableArrayList();
    private final TableView<KeyValueRow> table;
    private final ObservableList<KeyValueRow> headers;
    private final AuthViewModel auth;
    private final ObservableValue<Auth> inherited;
    private final BooleanProperty derivedOverridden = new SimpleBooleanProperty();
    private KeyValueRow derived = KeyValueRow.derived("", "", true);
    private boolean showing;

    /** @param inherited the auth a request on Inherit gets from its folder or collection */
    HeaderTable(ObservableList<KeyValueRow> headers, AuthViewModel auth, ObservableValue<Auth> inherited) {
        this.headers = headers;
        this.auth = auth;
        this.inherited = inherited;
        table = EditableTables.table("headers", shown, "No headers. Add one with \"Add header\".");
        table.setRowFactory(t -> new HeaderTableRow());
        table.getColumns().setAll(List.of(
                EditableTables.enabledColumn(KeyValueRow::enabledProperty, "kv-enabled"),
                EditableTables.textColumn("Name", KeyValueRow::nameProperty, "kv-name", "Name", 200,
                        KeyValueRow::isDerived),
                EditableTables.textColumn("Value", KeyValueRow::valueProperty, "kv-value", "Value", 360,
                        KeyValueRow::isDerived),
                EditableTables.removeColumn(headers::remove, row -> !row.isDerived(), "Remove header")));
        // Only structural changes rebuild the list: edits inside a row must not disturb the cell being typed in.
        headers.addListener((ListChangeListener<KeyValueRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
            derivedOverridden.set(overridden(derived)); // an edited Authorization row may override the derived one
        });
        for (var observable : auth.observables()) {
            observable.addListener(obs -> rebuild());
        }
        inherited.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    TableView<KeyValueRow> node() {
        return table;
    }

    /** Adds an empty row and puts the caret in its name field. */
    void addAndEdit() {
        headers.add(new KeyValueRow("", "", true));
        EditableTables.focus(table, shown.size() - 1, "kv-name");
    }

    private void rebuild() {
        List<KeyValueRow> rows = new ArrayList<>();
        Optional<Header> header = auth.inheritsAuth() ? RequestPreparer.authHeader(inherited.getValue())
                : auth.schemeHeader();
        if (header.isPresent()) {
            boolean on = auth.typeProperty().get() != AuthViewModel.Type.NONE;
            if (!derived.nameProperty().get().equals(header.get().name())
                    || !derived.valueProperty().get().equals(header.get().value())
                    || derived.enabledProperty().get() != on) {
                derived = KeyValueRow.derived(header.get().name(), header.get().value(), on);
                derived.enabledProperty().addListener((obs, old, now) -> {
                    if (!showing) {
                        auth.setEnabled(now);
                    }
                });
            }
            rows.add(derived);
        }
        rows.addAll(headers);
        showing = true;
        try {
            shown.setAll(rows);
        } finally {
            showing = false;
        }
        derivedOverridden.set(overridden(derived));
    }

    private boolean overridden(KeyValueRow row) {
        return headers.stream().anyMatch(h -> h.enabledProperty().get()
                && h.nameProperty().get().strip().equalsIgnoreCase(row.nameProperty().get()));
    }

    /** Marks the derived row, dims switched-off rows, and flags a derived row a typed header overrides. */
    private final class HeaderTableRow extends TableRow<KeyValueRow> {
        private final Tooltip derivedTip = new Tooltip("Added by the Auth tab. Change it there.");
        private final Tooltip inheritedTip = new Tooltip("Inherited from the folder or collection (its Settings… in "
                + "the collections tree), as the Auth tab's Inherit says.");
        private final Tooltip overriddenTip = new Tooltip("Not sent: the Authorization header you typed below is "
                + "sent instead.");
        private final ChangeListener<Boolean> enabledListener = (obs, old, now) -> pseudoClassStateChanged(OFF, !now);
        private KeyValueRow watched;

        HeaderTableRow() {
            derivedOverridden.addListener(obs -> updateMarks());
        }

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
            updateMarks();
        }

        private void updateMarks() {
            boolean isDerived = watched != null && watched.isDerived();
            boolean isOverridden = isDerived && derivedOverridden.get();
            pseudoClassStateChanged(DERIVED, isDerived);
            pseudoClassStateChanged(OVERRIDDEN, isOverridden);
            Tooltip derivedFrom = auth.inheritsAuth() ? inheritedTip : derivedTip;
            setTooltip(isOverridden ? overriddenTip : isDerived ? derivedFrom : null);
        }
    }
}
