package dev.courier.ui.vars;

import dev.courier.core.vars.VariableResolver;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.KeyEvent;

/**
 * {@code {{variables}}} in a one-line field: a text field cannot colour parts of its text, so the field turns
 * {@code :unresolved} when a name it refers to has no value here, its tooltip says what each name means
 * ({@code name = value (source)}, secrets masked), and Ctrl+Space offers the names.
 *
 * <p>The resolver comes from the nearest ancestor given one with {@link #provide} (a request's view), found each
 * time the field enters a scene, so table cells and panes need not be handed it.
 */
public final class VariableField {

    /** Turns a field's text red where a name does not resolve. */
    public static final PseudoClass UNRESOLVED = PseudoClass.getPseudoClass("unresolved");
    static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.CONTROL_DOWN);
    private static final Object PROVIDER_KEY = VariableField.class;
    private static final Object FIELD_KEY = new Object();

    private final TextField field;
    private final Tooltip tooltip = new Tooltip();
    private CompletionMenu completion; // made on first use: a table has a field per cell
    private final InvalidationListener resolverChanged = obs -> refresh();
    private final WeakInvalidationListener weakResolverChanged = new WeakInvalidationListener(resolverChanged);
    private ObservableValue<VariableResolver> source;
    private String note = "";

    private VariableField(TextField field) {
        this.field = field;
        tooltip.getStyleClass().add("variable-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        field.textProperty().addListener(obs -> refresh());
        field.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                follow(find(field));
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COMPLETE.match(e)) {
                e.consume();
                complete();
            }
        });
        follow(find(field));
    }

    /** Makes {@code resolver} the one of every variable field inside {@code root}. */
    public static void provide(Node root, ObservableValue<VariableResolver> resolver) {
        root.getProperties().put(PROVIDER_KEY, resolver);
    }

    /** Adds variable marks, tooltip and completion to {@code field} (once; later calls return the same). */
    public static VariableField install(TextField field) {
        Object installed = field.getProperties().get(FIELD_KEY);
        if (installed instanceof VariableField existing) {
            return existing;
        }
        VariableField created = new VariableField(field);
        field.getProperties().put(FIELD_KEY, created);
        return created;
    }

    /**
     * Another message the tooltip shows above the variables (e.g. why the URL is not valid); empty for none. The
     * field's tooltip is this class's from then on.
     */
    public void setNote(String message) {
        note = message == null ? "" : message;
        refresh();
    }

    /** Opens the completion list at the caret. */
    public void complete() {
        VariableResolver resolver = resolver();
        if (resolver == null || !field.isEditable()) {
            return;
        }
        int caret = field.getCaretPosition();
        VariableCompletion at = VariableCompletion.at(field.getText(), caret, resolver.names());
        Point2D below = below();
        if (below == null) {
            return;
        }
        if (completion == null) {
            completion = new CompletionMenu();
        }
        completion.show(field, below, at.names(), name -> {
            field.replaceText(at.start(), at.end(), VariableCompletion.replacement(name));
            field.positionCaret(at.caretAfter(name));
            field.requestFocus();
        });
    }

    /** Under the caret (the skin reports it for input methods), or under the field's left edge. */
    private Point2D below() {
        Bounds bounds = field.localToScreen(field.getBoundsInLocal());
        InputMethodRequests requests = field.getInputMethodRequests();
        Point2D caret = requests == null ? null : requests.getTextLocation(0);
        if (caret != null && bounds != null && caret.getX() >= bounds.getMinX() && caret.getX() <= bounds.getMaxX()) {
            return new Point2D(caret.getX(), bounds.getMaxY());
        }
        return bounds == null ? null : new Point2D(bounds.getMinX(), bounds.getMaxY());
    }

    private static ObservableValue<VariableResolver> find(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.hasProperties() && n.getProperties().get(PROVIDER_KEY) instanceof ObservableValue<?> found) {
                @SuppressWarnings("unchecked")
                ObservableValue<VariableResolver> resolver = (ObservableValue<VariableResolver>) found;
                return resolver;
            }
        }
        return null;
    }

    private void follow(ObservableValue<VariableResolver> found) {
        if (found == source) {
            refresh();
            return;
        }
        if (source != null) {
            source.removeListener(weakResolverChanged);
        }
        source = found;
        if (source != null) {
            source.addListener(weakResolverChanged);
        }
        refresh();
    }

    private VariableResolver resolver() {
        return source == null ? null : source.getValue();
    }

    private void refresh() {
        VariableResolver resolver = resolver();
        List<VariableInfo.Entry> entries = resolver == null ? List.of() : VariableInfo.of(field.getText(), resolver);
        field.pseudoClassStateChanged(UNRESOLVED, VariableInfo.anyUnresolved(entries));
        String text = note.isEmpty() ? VariableInfo.describe(entries)
                : entries.isEmpty() ? note : note + "\n\n" + VariableInfo.describe(entries);
        tooltip.setText(text);
        Tooltip wanted = text.isEmpty() ? null : tooltip;
        if (field.getTooltip() != wanted) {
            field.setTooltip(wanted);
        }
    }
}
