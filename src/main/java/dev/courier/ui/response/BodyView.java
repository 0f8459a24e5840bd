package dev.courier.ui.response;

import atlantafx.base.theme.Styles;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A document in a {@link LineViewer} with what goes around it: the find bar (Ctrl+F), the document's notice (not
 * valid JSON, formatting stopped), and while it is processed a progress bar with Stop. Ctrl+C copies the selection.
 */
public final class BodyView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final VBox root = new VBox();
    private final LineViewer viewer = new LineViewer();
    private final SearchViewModel search;
    private final SearchBar searchBar;
    private final Label notice = new Label();
    private final HBox footer = new HBox(8);
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Label message = new Label();
    private final Executor ui;
    private final InvalidationListener showProgress = obs -> showProgress();
    private DocumentViewModel document;

    /**
     * @param id the viewer's id; the find bar's controls are named after it ({@code id-search},
     *           {@code id-search-count})
     */
    public BodyView(String id, Executor work, Executor ui) {
        this.ui = ui;
        viewer.setId(id);
        search = new SearchViewModel(work, ui);
        searchBar = new SearchBar(id, search);
        searchBar.setOnClose(viewer::requestFocus);
        search.patternProperty().addListener((obs, old, now) -> viewer.setHighlight(now));
        search.currentProperty().addListener((obs, old, now) -> viewer.showMatch(now));
        notice.setId(id + "-notice");
        notice.getStyleClass().add("response-notice");
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        root.getChildren().setAll(searchBar.node(), notice, viewer, footer());
        root.getStyleClass().add("body-view");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                openSearch();
                e.consume();
            }
        });
        viewer.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    public LineViewer viewer() {
        return viewer;
    }

    public SearchViewModel search() {
        return search;
    }

    /** Shows {@code shown} (null: nothing), keeping the query of the find bar. */
    public void setDocument(DocumentViewModel shown) {
        if (document != null) {
            document.fractionProperty().removeListener(showProgress);
            document.lineCountProperty().removeListener(showProgress);
            document.processingProperty().removeListener(showProgress);
            document.noticeProperty().removeListener(showProgress);
        }
        document = shown;
        viewer.setDocument(shown);
        search.attach(shown);
        if (shown != null) {
            shown.fractionProperty().addListener(showProgress);
            shown.lineCountProperty().addListener(showProgress);
            shown.processingProperty().addListener(showProgress);
            shown.noticeProperty().addListener(showProgress);
        }
        message.setText("");
        showProgress();
    }

    /** Opens the find bar, searching from the top of the view. */
    public void openSearch() {
        search.setOrigin(viewer.firstVisibleLine());
        searchBar.open(null);
    }

    private void copySelection() {
        TextSelection selection = viewer.selection();
        if (document == null || selection.isEmpty()) {
            return;
        }
        document.text(selection.start().orElseThrow(), selection.end().orElseThrow())
                .whenComplete((text, error) -> ui.execute(() -> {
                    if (error == null) {
                        ClipboardContent content = new ClipboardContent();
                        content.putString(text);
                        Clipboard.getSystemClipboard().setContent(content);
                        message.setText("");
                    } else {
                        message.setText(BodyText.cause(error));
                    }
                    showProgress();
                }));
    }

    private HBox footer() {
        progress.getStyleClass().add(Styles.SMALL);
        progress.setPrefWidth(160);
        progressText.getStyleClass().add(Styles.TEXT_MUTED);
        progressText.setId(viewer.getId() + "-progress");
        Button stop = new Button(null, new FontIcon(Feather.X));
        stop.setId(viewer.getId() + "-stop");
        stop.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        stop.setTooltip(new Tooltip("Stop formatting: the lines so far stay"));
        stop.setOnAction(e -> {
            if (document != null) {
                document.stop();
            }
        });
        stop.visibleProperty().bind(progress.visibleProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        message.getStyleClass().add("body-message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        footer.getChildren().setAll(progress, progressText, stop, spacer, message);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("body-footer");
        footer.managedProperty().bind(footer.visibleProperty());
        return footer;
    }

    private void showProgress() {
        boolean processing = document != null && document.processingProperty().get();
        progress.setVisible(processing);
        if (processing) {
            progress.setProgress(document.fractionProperty().get());
            progressText.setText(document.progressText());
        } else {
            progressText.setText("");
        }
        String remark = document == null ? "" : document.noticeProperty().get();
        notice.setText(remark);
        notice.setVisible(!remark.isEmpty());
        footer.setVisible(processing || !message.getText().isEmpty());
    }
}
