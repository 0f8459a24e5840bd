package dev.courier.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.VariableContext;
import dev.courier.io.history.HistoryEntry;
import dev.courier.io.history.HistorySettings;
import dev.courier.io.history.HistoryStore;
import dev.courier.testing.LoopbackServer;
import dev.courier.ui.CourierApp;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.SendOutcome;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every send recorded, searched and grouped by day; a real engine and store, direct UI executor, no toolkit. */
class HistoryViewModelTest {

    @TempDir
    Path home;
    private final ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
    private LoopbackServer server;
    private HistoryViewModel history;
    private RequestViewModel form;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        history = new HistoryViewModel(() -> HistoryStore.open(home.resolve("history"), HistorySettings.DEFAULTS),
                Runnable::run, Runnable::run, ZoneOffset.UTC);
        form = new RequestViewModel(new HttpEngine(), background, Runnable::run);
        form.setSendListener(history::record);
    }

    @AfterEach
    void stop() throws Exception {
        history.close();
        server.close();
        background.shutdownNow();
    }

    private List<HistoryViewModel.EntryRow> entries() {
        return history.rows().stream().filter(HistoryViewModel.EntryRow.class::isInstance)
                .map(HistoryViewModel.EntryRow.class::cast).toList();
    }

    @Test
    void everySendIsRecordedNewestFirstUnderItsDayAndFoundBySearch() throws Exception {
        form.urlProperty().set(server.url("/employees"));
        form.send().get(10, TimeUnit.SECONDS);
        form.methodProperty().set("GET");
        form.body().textProperty().set("{\"page\": 2}");
        form.urlProperty().set(server.url("/status"));
        form.send().get(10, TimeUnit.SECONDS);

        assertThat(history.rows().get(0)).isInstanceOf(HistoryViewModel.DayRow.class);
        assertThat(entries()).extracting(r -> r.summary().method() + " " + r.summary().status())
                .containsExactly("GET 200", "POST 200");

        history.queryProperty().set("employees");
        assertThat(entries()).singleElement().satisfies(r -> assertThat(r.summary().url()).endsWith("/employees"));
        history.queryProperty().set("GET");
        assertThat(entries()).singleElement().satisfies(r -> assertThat(r.summary().url()).endsWith("/status"));
        history.queryProperty().set("Emma");
        assertThat(entries()).as("request body text").singleElement()
                .satisfies(r -> assertThat(r.summary().method()).isEqualTo("POST"));
        history.queryProperty().set("404");
        assertThat(history.rows()).isEmpty();

        history.queryProperty().set("");
        long id = entries().get(1).summary().id();
        Optional<HistoryEntry> entry = history.load(id).join();
        assertThat(entry).isPresent();
        assertThat(entry.get().request().body()).isEqualTo(new Body.Text(RequestViewModel.EXAMPLE_BODY,
                Body.TextType.JSON));
        assertThat(entry.get().request().auth()).isEqualTo(new Auth.Bearer("********"));
        assertThat(new String(entry.get().body().orElseThrow())).contains("\"ok\"");
    }

    @Test
    void aSendWithoutResponseIsRecordedWithItsReason() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        form.urlProperty().set("http://127.0.0.1:" + port + "/");
        form.send().get(10, TimeUnit.SECONDS);

        history.queryProperty().set("status:failed");
        assertThat(entries()).singleElement().satisfies(r -> {
            assertThat(r.summary().status()).isZero();
            assertThat(r.summary().failure()).startsWith("Connection refused");
        });
    }

    @Test
    void secretsAreMaskedUnlessTheUserChoosesToKeepThemAndTheChoiceIsRemembered() throws Exception {
        form.variablesProperty().set(VariableContext.of(null, null, List.of(Variable.secret("token", "t0k3n")))
                .forCollection());
        form.urlProperty().set(server.url("/employees"));
        form.send().get(10, TimeUnit.SECONDS);
        history.refresh();
        assertThat(history.load(entries().get(0).summary().id()).join().orElseThrow().request().auth())
                .isEqualTo(new Auth.Bearer("********"));

        history.keepSecretsProperty().set(true);
        form.send().get(10, TimeUnit.SECONDS);
        history.refresh();
        assertThat(history.load(entries().get(0).summary().id()).join().orElseThrow().request().auth())
                .isEqualTo(new Auth.Bearer("t0k3n"));
        history.close();

        HistoryViewModel reopened = new HistoryViewModel(() -> HistoryStore.open(home.resolve("history"),
                HistorySettings.DEFAULTS), Runnable::run, Runnable::run, ZoneOffset.UTC);
        reopened.refresh();
        assertThat(reopened.keepSecretsProperty().get()).isTrue();
        reopened.close();
    }

    @Test
    void daysAreHeadingsNewestFirstAndClearEmptiesTheList() throws Exception {
        RequestSpec spec = RequestSpec.of("GET", "https://api.example.com/a", List.of(), Body.NONE);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        history.record(new SendOutcome(yesterday, spec, Optional.empty(), "Timed out",
                Duration.ofSeconds(30), Set.of()));
        history.record(new SendOutcome(Instant.now(), spec.withUrl("https://api.example.com/b"),
                Optional.empty(), "Timed out", Duration.ofSeconds(30), Set.of()));

        assertThat(history.rows()).hasSize(4);
        assertThat(history.rows()).filteredOn(HistoryViewModel.DayRow.class::isInstance)
                .extracting(r -> ((HistoryViewModel.DayRow) r).date())
                .containsExactly(Instant.now().atZone(ZoneOffset.UTC).toLocalDate(),
                        yesterday.atZone(ZoneOffset.UTC).toLocalDate());

        history.clear().join();
        assertThat(history.rows()).isEmpty();
    }
}
