package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.drafts.RequestRef;
import dev.courier.io.drafts.ResponseSnapshot;
import dev.courier.io.drafts.WindowState;
import dev.courier.io.drafts.WorkspaceState;
import dev.courier.ui.CourierApp;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.ResponseViewModel;
import dev.courier.ui.body.BodyType;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tabs, dirtiness and the journaled state, with direct executors and no toolkit. */
class WorkspaceViewModelTest {

    private final ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
    private final HttpEngine engine = new HttpEngine();
    private final WorkspaceViewModel workspace = newWorkspace();

    private WorkspaceViewModel newWorkspace() {
        return new WorkspaceViewModel(() -> new RequestViewModel(engine, background, Runnable::run), Runnable::run,
                Runnable::run);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void newTabsOpenNextToTheSelectedOneAndCtrlTabGoesAround() {
        TabViewModel first = workspace.newTab();
        TabViewModel second = workspace.newTab();
        workspace.selectedProperty().set(first);
        TabViewModel between = workspace.newTab();

        assertThat(workspace.tabs()).containsExactly(first, between, second);
        workspace.selectNext();
        assertThat(workspace.selectedProperty().get()).isEqualTo(second);
        workspace.selectNext();
        assertThat(workspace.selectedProperty().get()).isEqualTo(first);
        workspace.selectPrevious();
        assertThat(workspace.selectedProperty().get()).isEqualTo(second);
    }

    @Test
    void closingATabSelectsItsNeighbourAndTheLastOneLeavesNone() {
        TabViewModel first = workspace.newTab();
        TabViewModel second = workspace.newTab();
        workspace.close(second);
        assertThat(workspace.selectedProperty().get()).isEqualTo(first);
        workspace.close(first);
        assertThat(workspace.tabs()).isEmpty();
        assertThat(workspace.selectedProperty().get()).isNull();
    }

    @Test
    void aTabIsDirtyOnlyWhileItDiffersFromWhatIsSaved() {
        TabViewModel tab = workspace.newTab();
        assertThat(tab.isDirty()).isFalse();
        assertThat(tab.titleProperty().get()).isEqualTo("New request");

        tab.request().urlProperty().set("https://api.example.com/users");
        assertThat(tab.isDirty()).isTrue();
        assertThat(tab.titleProperty().get()).isEqualTo("api.example.com/users");
        tab.request().urlProperty().set("");
        assertThat(tab.isDirty()).as("back to what it was").isFalse();

        tab.request().body().textProperty().set("{}");
        assertThat(tab.isDirty()).isTrue();
        tab.markSaved(new RequestRef("/tmp/a.courier.json", "users"), "Users");
        assertThat(tab.isDirty()).isFalse();
        assertThat(tab.titleProperty().get()).isEqualTo("Users");
    }

    @Test
    void aSavedRequestOpensOnceAndUnchanged() {
        RequestRef ref = new RequestRef("/tmp/a.courier.json", "health");
        RequestSpec spec = RequestSpec.of("GET", "https://status.example.com/", List.of(), Body.NONE);
        TabViewModel tab = workspace.open(ref, "Health", spec, false);
        workspace.newTab();

        assertThat(workspace.open(ref, "Health", spec, false)).isSameAs(tab);
        assertThat(workspace.selectedProperty().get()).isSameAs(tab);
        assertThat(workspace.tabs()).hasSize(2);
        assertThat(tab.isDirty()).isFalse();
        assertThat(tab.request().methodProperty().get()).isEqualTo("GET");
    }

    @Test
    void theJournaledStateBringsBackTabsDraftsOfEveryBodyTypeDirtinessAndLook() {
        TabViewModel saved = workspace.open(new RequestRef("/tmp/a.courier.json", "health"), "Health",
                RequestSpec.of("GET", "https://status.example.com/", List.of(), Body.NONE), false);
        TabViewModel draft = workspace.newTab();
        draft.request().urlProperty().set("https://api.example.com/employees");
        draft.request().body().textProperty().set("{\"draft\": true}");
        draft.request().body().typeProperty().set(BodyType.FORM);
        draft.request().body().formFields().add(new dev.courier.ui.KeyValueRow("name", "Emma", true));
        workspace.darkProperty().set(true);
        workspace.makeFontLarger();
        workspace.windowProperty().set(new WindowState(10, 20, 1000, 700, false, List.of(0.3, 0.6, 0.45)));

        WorkspaceState state = workspace.state();
        WorkspaceViewModel restored = newWorkspace();
        restored.restore(state);

        assertThat(restored.tabs()).hasSize(2);
        TabViewModel back = restored.tabs().get(1);
        assertThat(restored.selectedProperty().get()).isSameAs(back);
        assertThat(back.request().snapshot()).isEqualTo(draft.request().snapshot());
        assertThat(back.request().body().snapshot().text()).isEqualTo("{\"draft\": true}");
        assertThat(back.request().body().snapshot().form()).containsExactly(new Field("name", "Emma", true));
        assertThat(back.isDirty()).isTrue();
        assertThat(back.id()).isEqualTo(draft.id());
        TabViewModel savedBack = restored.tabs().get(0);
        assertThat(savedBack.isDirty()).isFalse();
        assertThat(savedBack.origin()).isEqualTo(saved.origin());
        assertThat(savedBack.titleProperty().get()).isEqualTo("Health");
        assertThat(restored.darkProperty().get()).isTrue();
        assertThat(restored.fontSizeProperty().get()).isEqualTo(WorkspaceViewModel.DEFAULT_FONT_SIZE + 1);
        assertThat(restored.windowProperty().get().splitPositions()).containsExactly(0.3, 0.6, 0.45);
    }

    @Test
    void aTabKeepsItsOwnLastResponseAcrossARestore() throws Exception {
        TabViewModel tab = workspace.newTab();
        tab.request().urlProperty().set("https://api.example.com/x");
        ResponseSnapshot response = new ResponseSnapshot(201, "Created", "", 42, 11,
                List.of(Header.of("Content-Type", "application/json")), "{\"id\": 7}\n\n".getBytes());
        TabDrafts.restore(tab, TabDrafts.state(tab).withResponse(response));
        await(() -> tab.lastResponseProperty().get() != null);
        TabViewModel other = workspace.newTab();
        assertThat(other.request().response().displayProperty().get()).isEqualTo(ResponseViewModel.Display.EMPTY);

        WorkspaceViewModel restored = newWorkspace();
        restored.restore(workspace.state());
        ResponseViewModel shown = restored.tabs().get(0).request().response();
        await(() -> shown.displayProperty().get() == ResponseViewModel.Display.RESPONSE);
        assertThat(shown.statusProperty().get()).isEqualTo("201 Created");
        assertThat(shown.headers()).containsExactly(Header.of("Content-Type", "application/json"));
        assertThat(restored.tabs().get(0).lastResponseProperty().get()).isEqualTo(response);
    }

    @Test
    void aFailedSendIsKeptAsItsReason() throws Exception {
        TabViewModel tab = workspace.newTab();
        TabDrafts.restore(tab, TabDrafts.state(tab).withResponse(ShownResponses.failure("Connection refused", 3)));
        assertThat(tab.request().response().errorProperty().get()).isEqualTo("Connection refused");
        assertThat(tab.lastResponseProperty().get().failure()).isEqualTo("Connection refused");
    }
}
