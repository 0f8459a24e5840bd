package dev.courier.ui.workspace;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.EffectiveRequests;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.vars.Resolution;
import dev.courier.core.vars.VariableContext;
import dev.courier.io.collection.CollectionFiles;
import dev.courier.io.drafts.DraftJournal;
import dev.courier.io.drafts.RequestRef;
import dev.courier.io.drafts.WorkspaceState;
import dev.courier.io.history.HistorySettings;
import dev.courier.io.history.HistoryStore;
import dev.courier.io.vars.ActiveEnvironments;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.io.vars.SecretStore;
import dev.courier.ui.Async;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.collections.CollectionsViewModel;
import dev.courier.ui.collections.OpenCollection;
import dev.courier.ui.environments.EnvironmentsViewModel;
import dev.courier.ui.history.HistoryViewModel;
import dev.courier.ui.settings.NetworkViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.collections.ListChangeListener;

/**
 * The window's models and how they hang together: every tab sends through its collection's defaults and variables
 * and records into the history; tabs follow renames and moves of their collection; the drafts journal follows
 * every change once the last workspace has been restored. Holds no nodes.
 */
public final class Workspace {

    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    private final WorkspaceViewModel tabs;
    private final CollectionsViewModel collections;
    private final HistoryViewModel history;
    private final NetworkViewModel network;
    private final EnvironmentsViewModel environments;
    private final DraftJournal journal;
    private final Executor background;
    private final Executor ui;
    private List<Path> openAtStart = List.of();
    private boolean journaling;
    private volatile boolean closed;

    /**
     * @param home the data directory ({@code AppPaths.home()}, a temporary folder in tests); nothing is read from
     *             it before {@link #restore} or the first history search
     */
    public Workspace(Path home, HttpEngine engine, ScheduledExecutorService background, Executor ui) {
        this.background = background;
        this.ui = ui;
        this.tabs = new WorkspaceViewModel(() -> new RequestViewModel(engine, background, ui), background, ui);
        SecretStore secrets = new SecretStore(home.resolve(SecretStore.FILE_NAME));
        CollectionFiles files = new CollectionFiles(secrets);
        this.collections = new CollectionsViewModel(files, home.resolve("collections.json"), background, ui);
        this.history = new HistoryViewModel(() -> HistoryStore.open(home.resolve("history"), HistorySettings.DEFAULTS),
                background, ui, ZoneId.systemDefault());
        this.network = new NetworkViewModel(engine, home, background, ui);
        this.environments = new EnvironmentsViewModel(new GlobalsFile(home.resolve(GlobalsFile.FILE_NAME), secrets),
                new ActiveEnvironments(home.resolve(ActiveEnvironments.FILE_NAME)), background, ui);
        this.journal = DraftJournal.open(home.resolve("drafts"));
        tabs.setTabSetup(this::setUp);
        collections.open().addListener((ListChangeListener<OpenCollection>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::follow);
            }
            followContext();
            refreshVariables();
        });
        tabs.selectedProperty().addListener(obs -> followContext());
        environments.changesProperty().addListener(obs -> refreshVariables());
        environments.problemProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                collections.report(now);
            }
        });
    }

    /**
     * Collection files {@link #restore} opens after the ones open last time: those the window was started with
     * (a desktop opening a {@code *.courier.json} file starts {@code Courier FILE}).
     */
    public void openAtStart(List<Path> files) {
        openAtStart = List.copyOf(files);
    }

    /**
     * Reads the network preferences, cookies, globals, journal and the open collections off the UI thread and puts
     * the workspace back; a damaged journal is reported and a fresh workspace starts. The journal follows every
     * change from then on.
     */
    public CompletableFuture<WorkspaceState> restore() {
        network.load();
        environments.load();
        List<Path> given = openAtStart;
        CompletableFuture<Void> reopened = collections.reopenLast().thenCompose(done -> CompletableFuture.allOf(
                given.stream().map(collections::open).toArray(CompletableFuture[]::new)));
        return Async.call(background, ui, journal::restore).thenCombine(reopened, (restored, done) -> {
            if (!restored.problems().isEmpty()) {
                collections.report(String.join(" ", restored.problems()));
            }
            if (!restored.state().equals(WorkspaceState.FRESH)) {
                tabs.restore(restored.state());
            }
            if (tabs.tabs().isEmpty()) {
                tabs.newTab();
            }
            startJournal();
            return restored.state();
        });
    }

    /** Journals every change from now on (the window given a form by a test starts here, without restoring). */
    public void startJournal() {
        if (journaling) {
            return;
        }
        journaling = true;
        tabs.changesProperty().addListener(obs -> {
            if (!closed) {
                journal.update(tabs.state());
            }
        });
        journal.update(tabs.state());
    }

    /** Writes what is pending and closes the journal and the history; the window is closing. */
    public void close() {
        closed = true;
        try {
            journal.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the workspace journal could not be written: " + e.getMessage());
        }
        try {
            history.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the history could not be closed: " + e.getMessage());
        }
    }

    /** The open collection holding a tab's saved request, if it is open and still holds it. */
    public Optional<OpenCollection> collectionOf(TabViewModel tab) {
        return tab.origin().flatMap(ref -> collections.find(Path.of(ref.collectionFile()))
                .filter(c -> c.request(ref.requestId()).isPresent()));
    }

    /** Opens a saved request in a tab (or selects the tab that has it). */
    public TabViewModel openRequest(OpenCollection collection, RequestItem item) {
        return tabs.open(new RequestRef(collection.file().toString(), item.id()), item.name(), item.request(),
                item.inheritAuth());
    }

    private void setUp(TabViewModel tab) {
        tab.request().setSendListener(history::record);
        tab.request().setCookieJar(() -> network.jar(collectionOf(tab).map(OpenCollection::file)));
        tab.request().setPreparation(spec -> resolve(tab, spec));
        tab.originProperty().addListener(obs -> {
            refreshVariables(tab);
            if (tabs.selectedProperty().get() == tab) {
                followContext();
            }
        });
        refreshVariables(tab);
    }

    /**
     * What a tab sends, with what is left unresolved: its form inside its collection, with the collection's and
     * folders' defaults applied, then the variables of the request's scope chain and the active environment.
     */
    private Resolution<RequestSpec> resolve(TabViewModel tab, RequestSpec form) {
        Optional<OpenCollection> holder = collectionOf(tab);
        VariableContext context = environments.contextFor(holder.orElse(null));
        if (holder.isEmpty()) {
            return context.resolveScratch(form);
        }
        String id = tab.origin().orElseThrow().requestId();
        return context.resolveSaved(id, withSavedVariables(holder.get(), id, form));
    }

    /** The auth a saved request on Inherit gets from its folders and collection; none outside a collection. */
    private Auth inheritedAuth(TabViewModel tab) {
        return collectionOf(tab).flatMap(holder -> {
            String id = tab.origin().orElseThrow().requestId();
            Collection collection = holder.collection();
            return holder.request(id).map(item -> EffectiveRequests.resolve(collection,
                    CollectionTree.ancestors(collection, id),
                    item.withRequest(item.request().withAuth(Auth.NONE)).withInheritAuth(true)).auth());
        }).orElse(Auth.NONE);
    }

    /** The form has no variables table: a saved request keeps the variables saved with it. */
    private static RequestSpec withSavedVariables(OpenCollection holder, String id, RequestSpec form) {
        if (!form.variables().isEmpty()) {
            return form;
        }
        return holder.request(id).map(item -> form.withVariables(item.request().variables())).orElse(form);
    }

    /** The environment selector follows the selected tab's collection. */
    private void followContext() {
        environments.contextProperty().set(Optional.ofNullable(tabs.selectedProperty().get())
                .flatMap(this::collectionOf).orElse(null));
    }

    private void refreshVariables() {
        tabs.tabs().forEach(this::refreshVariables);
    }

    /** The resolver a tab's editors use and the auth it inherits; rebuilt when anything they read changes. */
    private void refreshVariables(TabViewModel tab) {
        Optional<OpenCollection> holder = collectionOf(tab);
        VariableContext context = environments.contextFor(holder.orElse(null));
        RequestSpec none = RequestSpec.of("GET", "", List.of(), Body.NONE);
        tab.request().variablesProperty().set(holder.isEmpty() ? context.forScratch(none)
                : context.forRequest(tab.origin().orElseThrow().requestId(),
                withSavedVariables(holder.get(), tab.origin().orElseThrow().requestId(), none)));
        tab.request().inheritedAuthProperty().set(inheritedAuth(tab));
    }

    /** Keeps the tabs of a collection's requests in step with renames, deletions and Save As. */
    private void follow(OpenCollection collection) {
        network.preload(collection.file());
        collection.collectionProperty().addListener((obs, old, now) -> {
            for (TabViewModel tab : List.copyOf(tabs.tabs())) {
                tab.origin().filter(ref -> ref.collectionFile().equals(collection.file().toString()))
                        .ifPresent(ref -> collection.request(ref.requestId()).ifPresentOrElse(
                                item -> tab.rename(item.name()), tab::forgetOrigin));
            }
            refreshVariables();
        });
        collection.fileProperty().addListener((obs, old, now) -> {
            network.preload(now); // Save As: the next send must not read the jar on the UI thread
            for (TabViewModel tab : tabs.tabs()) {
                tab.origin().filter(ref -> ref.collectionFile().equals(old.toString())).ifPresent(ref ->
                        tab.relocate(new RequestRef(now.toString(), ref.requestId())));
            }
        });
    }

    public WorkspaceViewModel tabs() {
        return tabs;
    }

    public CollectionsViewModel collections() {
        return collections;
    }

    public HistoryViewModel history() {
        return history;
    }

    /** The global variables and environments, and the active environment of each collection. */
    public EnvironmentsViewModel environments() {
        return environments;
    }

    /** Proxy, TLS and timeout preferences and the cookie jars every tab sends with. */
    public NetworkViewModel network() {
        return network;
    }
}
