package dev.courier.ui.workspace;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the window, in one place: the handlers, the menus and the cheat sheet use these. */
final class Shortcuts {

    static final KeyCombination NEW_TAB = shortcut(KeyCode.N);
    static final KeyCombination CLOSE_TAB = shortcut(KeyCode.W);
    static final KeyCombination NEXT_TAB = shortcut(KeyCode.TAB);
    static final KeyCombination PREVIOUS_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination OPEN = shortcut(KeyCode.O);
    static final KeyCombination SAVE = shortcut(KeyCode.S);
    static final KeyCombination SAVE_AS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination LARGER = shortcut(KeyCode.EQUALS);
    static final KeyCombination LARGER_PLUS = shortcut(KeyCode.PLUS);
    static final KeyCombination SMALLER = shortcut(KeyCode.MINUS);
    static final KeyCombination RESET_SIZE = shortcut(KeyCode.DIGIT0);
    static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination HELP_SLASH = shortcut(KeyCode.SLASH);
    static final KeyCombination QUIT = shortcut(KeyCode.Q);

    /** One line of the cheat sheet. */
    record Entry(String group, String keys, String action) {
    }

    /** What the cheat sheet lists (README's table is the same). */
    static final List<Entry> ALL = List.of(
            new Entry("Tabs", "Ctrl+N", "New request in a new tab"),
            new Entry("Tabs", "Ctrl+W", "Close the tab (asks only when it has unsaved changes)"),
            new Entry("Tabs", "Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous tab"),
            new Entry("Tabs", "Middle click on a tab", "Close it"),
            new Entry("Files", "Ctrl+S", "Save the request into its collection (asks where when it is in none)"),
            new Entry("Files", "Ctrl+Shift+S", "Save the request as a new request in a collection"),
            new Entry("Files", "Ctrl+O", "Open a collection file"),
            new Entry("Collections", "F2", "Rename the selected collection, folder or request"),
            new Entry("Collections", "Ctrl+D", "Duplicate the selected folder or request"),
            new Entry("Collections", "Delete", "Delete the selected folder or request (Undo brings it back)"),
            new Entry("Collections", "Ctrl+Z in the tree", "Undo the last change to the collection"),
            new Entry("Collections", "Enter or click", "Open the selected request"),
            new Entry("Request", "Ctrl+Enter", "Send (from anywhere in the window)"),
            new Entry("Request", "Enter in the URL field", "Send"),
            new Entry("Request", "Esc", "Cancel the request in flight"),
            new Entry("Request", "Ctrl+L", "Focus the URL field and select it"),
            new Entry("Request", "Ctrl+V in the URL field", "Paste; a curl command is imported instead"),
            new Entry("Request", "Ctrl+Shift+F", "Format the JSON body"),
            new Entry("Request", "Ctrl+Shift+C", "Copy the request as code in the Code pane's language"),
            new Entry("Editors", "Ctrl+F", "Find in the body or the response (Enter next, Shift+Enter previous)"),
            new Entry("Editors", "Ctrl+Z / Ctrl+Y", "Undo / redo in the body editor"),
            new Entry("Editors", "Tab / Shift+Tab", "Indent / outdent the selected lines of the body"),
            new Entry("Editors", "Ctrl+Space", "Complete a {{variable}} name (body, URL, tables, auth fields)"),
            new Entry("Editors", "Ctrl+C in the response headers", "Copy the selected headers"),
            new Entry("View", "Ctrl+= / Ctrl+- / Ctrl+0", "Larger / smaller / default text size"),
            new Entry("View", "F1 or Ctrl+/", "This list of shortcuts"),
            new Entry("View", "Ctrl+Q", "Quit (open tabs and unsaved edits come back on the next start)"));

    private Shortcuts() {
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
