package dev.courier.ui.workspace;

import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.drafts.RequestRef;
import dev.courier.io.drafts.TabState;
import dev.courier.io.drafts.WindowState;
import dev.courier.io.drafts.WorkspaceState;
import dev.courier.ui.RequestViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The open tabs, which one is selected, and the window's look (theme, font size, geometry): everything the drafts
 * journal keeps. {@link #changesProperty} counts every change of any of it, for the journal to follow.
 */
public final class WorkspaceViewModel {

    /** Font sizes offered, in points of the editors' text; the rest of the window follows. */
    public static final int MIN_FONT_SIZE = 10;
    public static final int MAX_FONT_SIZE = 20;
    public static final int DEFAULT_FONT_SIZE = 13;

    private final Supplier<RequestViewModel> newRequests;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<TabViewModel> tabs = FXCollections.observableArrayList();
    private final ObservableList<TabViewModel> readOnlyTabs = FXCollections.unmodifiableObservableList(tabs);
    private final ObjectProperty<TabViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final ObjectProperty<WindowState> window = new SimpleObjectProperty<>(this, "window", WindowState.DEFAULT);
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    private final InvalidationListener changed = obs -> changes.set(changes.get() + 1);
    private Consumer<TabViewModel> tabSetup = tab -> { };

    /**
     * @param newRequests makes the form of a new tab
     * @param background  reads response bodies for the journal
     * @param ui          runs a task on the UI thread
     */
    public WorkspaceViewModel(Supplier<RequestViewModel> newRequests, Executor background, Executor ui) {
        this.newRequests = newRequests;
        this.background = background;
        this.ui = ui;
        tabs.addListener((ListChangeListener<TabViewModel>) change -> changed.invalidated(tabs));
        selected.addListener(changed);
        dark.addListener(changed);
        fontSize.addListener(changed);
        window.addListener(changed);
    }

    /** Prepares every tab as it opens (how it sends, where its sends are recorded). */
    public void setTabSetup(Consumer<TabViewModel> setup) {
        this.tabSetup = setup;
        tabs.forEach(setup);
    }

    /** Opens a tab on {@code request} (a new one, or the form the window was given) and selects it. */
    public TabViewModel adopt(RequestViewModel request) {
        TabViewModel tab = new TabViewModel(UUID.randomUUID().toString(), request, background, ui);
        follow(tab);
        int at = selected.get() == null ? tabs.size() : tabs.indexOf(selected.get()) + 1;
        tabs.add(at, tab);
        selected.set(tab);
        return tab;
    }

    /** A new tab with a new request (Ctrl+N). */
    public TabViewModel newTab() {
        return adopt(newRequests.get());
    }

    /** Selects the tab of a saved request, or opens it in a new tab (its Auth tab on Inherit when it inherits). */
    public TabViewModel open(RequestRef where, String name, RequestSpec saved, boolean inheritAuth) {
        Optional<TabViewModel> open = tabs.stream().filter(t -> t.origin().filter(where::equals).isPresent())
                .findFirst();
        if (open.isPresent()) {
            selected.set(open.get());
            return open.get();
        }
        RequestViewModel request = newRequests.get();
        request.load(saved, inheritAuth);
        TabViewModel tab = adopt(request);
        tab.markSaved(where, name);
        return tab;
    }

    /** Opens a request saved nowhere (e.g. from the history) with the response it got, in a new tab. */
    public TabViewModel openUnsaved(RequestSpec spec, Optional<Exchange> response) {
        RequestViewModel request = newRequests.get();
        request.load(spec);
        TabViewModel tab = adopt(request);
        tab.markUnsaved();
        response.ifPresent(request::showExchange);
        return tab;
    }

    /** Closes a tab (the view has asked about unsaved changes); the last one leaves an empty workspace. */
    public void close(TabViewModel tab) {
        int index = tabs.indexOf(tab);
        if (index < 0) {
            return;
        }
        tab.request().cancel();
        tabs.remove(index);
        if (selected.get() == tab) {
            selected.set(tabs.isEmpty() ? null : tabs.get(Math.min(index, tabs.size() - 1)));
        }
    }

    /** Ctrl+Tab: the next tab, around the end. */
    public void selectNext() {
        step(1);
    }

    /** Ctrl+Shift+Tab: the previous tab, around the start. */
    public void selectPrevious() {
        step(-1);
    }

    private void step(int direction) {
        if (tabs.isEmpty()) {
            return;
        }
        int index = Math.max(0, tabs.indexOf(selected.get()));
        selected.set(tabs.get(Math.floorMod(index + direction, tabs.size())));
    }

    public void makeFontLarger() {
        fontSize.set(Math.min(MAX_FONT_SIZE, fontSize.get() + 1));
    }

    public void makeFontSmaller() {
        fontSize.set(Math.max(MIN_FONT_SIZE, fontSize.get() - 1));
    }

    public void resetFontSize() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    /** Everything the journal keeps, as it is now. */
    public WorkspaceState state() {
        List<TabState> states = tabs.stream().map(TabDrafts::state).toList();
        return new WorkspaceState(states, tabs.indexOf(selected.get()), window.get(), dark.get() ? "dark" : "light",
                fontSize.get());
    }

    /** Replaces the workspace with a journaled one: tabs with their drafts and responses, look and geometry. */
    public void restore(WorkspaceState state) {
        new ArrayList<>(tabs).forEach(this::close);
        dark.set("dark".equals(state.theme()));
        fontSize.set((int) Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, Math.round(state.fontSize()))));
        window.set(state.window());
        List<TabViewModel> restored = new ArrayList<>();
        for (TabState tabState : state.tabs()) {
            TabViewModel tab = new TabViewModel(tabState.tabId(), newRequests.get(), background, ui);
            TabDrafts.restore(tab, tabState);
            restored.add(tab);
        }
        selected.set(null);
        restored.forEach(this::follow);
        tabs.setAll(restored);
        selected.set(state.selectedTab() >= 0 ? tabs.get(state.selectedTab()) : null);
    }

    private void follow(TabViewModel tab) {
        tab.request().revisionProperty().addListener(changed);
        tab.dirtyProperty().addListener(changed);
        tab.titleProperty().addListener(changed);
        tab.originProperty().addListener(changed);
        tab.lastResponseProperty().addListener(changed);
        tabSetup.accept(tab);
    }

    public ObservableList<TabViewModel> tabs() {
        return readOnlyTabs;
    }

    public ObjectProperty<TabViewModel> selectedProperty() {
        return selected;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    /** The window's geometry and split positions; the view writes it as they change and applies it on restore. */
    public ObjectProperty<WindowState> windowProperty() {
        return window;
    }

    /** Counts every change the journal must see. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }
}
