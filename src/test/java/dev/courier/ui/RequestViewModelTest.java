package dev.courier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.VariableContext;
import dev.courier.testing.LoopbackServer;
import dev.courier.ui.response.Documents;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request controller with a direct UI executor and a real engine against a loopback server; no toolkit. */
class RequestViewModelTest {

    private final ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
    private final RequestViewModel vm = new RequestViewModel(new HttpEngine(), background, Runnable::run);
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
        background.shutdownNow();
    }

    @Test
    void aNewRequestIsAJsonPostWithABearerToken() {
        assertThat(vm.methodProperty().get()).isEqualTo("POST");
        assertThat(vm.headers()).extracting(r -> r.nameProperty().get() + ": " + r.valueProperty().get())
                .containsExactly("Accept: application/json", "Content-Type: application/json");
        assertThat(vm.toSpec().auth()).isEqualTo(new Auth.Bearer("{{token}}"));
        assertThat(vm.body().textProperty().get()).contains("\"name\": \"Emma\"", "\"age\": 28", "\"city\": \"Boston\"");
        assertThat(vm.stateProperty().get()).isEqualTo(RequestViewModel.State.IDLE);
        assertThat(vm.response().displayProperty().get()).isEqualTo(ResponseViewModel.Display.EMPTY);
    }

    @Test
    void variablesAreResolvedWhenSendingAndTheHistoryHearsOfTheSecretValues() throws Exception {
        Environment local = new Environment("Local", List.of(Variable.of("base", server.url("")),
                Variable.secret("token", "t0k3n")));
        vm.variablesProperty().set(VariableContext.of(null, local, List.of()).forScratch(vm.toSpec()));
        vm.urlProperty().set("{{base}}/users/{{userId}}");
        assertThat(vm.prepare().unresolvedMessage()).isEqualTo("1 unresolved variable: userId");

        List<SendOutcome> heard = new CopyOnWriteArrayList<>();
        vm.setSendListener(heard::add);
        vm.urlProperty().set("{{base}}/users/{{$randomInt}}");
        vm.send().get(10, TimeUnit.SECONDS);

        LoopbackServer.Received got = server.take();
        assertThat(got.pathAndQuery()).matches("/users/\\d+");
        assertThat(got.header("Authorization")).contains("Bearer t0k3n");
        assertThat(heard).singleElement().satisfies(o -> assertThat(o.secretValues()).containsExactly("t0k3n"));
    }

    @Test
    void sendsTheFormAndShowsTheResponse() throws Exception {
        vm.urlProperty().set(server.url("/employees"));
        vm.send().get(10, TimeUnit.SECONDS);

        LoopbackServer.Received got = server.take();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.header("Authorization")).contains("Bearer {{token}}");
        assertThat(got.header("Accept")).contains("application/json");
        assertThat(got.header("Content-Type")).contains("application/json");
        assertThat(got.bodyText()).isEqualTo(RequestViewModel.EXAMPLE_BODY);

        ResponseViewModel response = vm.response();
        assertThat(vm.stateProperty().get()).isEqualTo(RequestViewModel.State.DONE);
        assertThat(response.displayProperty().get()).isEqualTo(ResponseViewModel.Display.RESPONSE);
        assertThat(response.statusProperty().get()).isEqualTo("200 OK");
        assertThat(response.statusClassProperty().get()).isEqualTo(ResponseViewModel.StatusClass.SUCCESS);
        assertThat(Documents.prettyText(response.body())).isEqualTo("{\n  \"ok\": true,\n  \"id\": 123\n}");
        assertThat(response.sizeProperty().get()).isEqualTo("20 B");
        assertThat(response.timeProperty().get()).endsWith("ms");
        assertThat(response.headers()).extracting(h -> h.name()).contains("content-type", "x-trace");
    }

    @Test
    void aSwitchedOffHeaderIsNotSentAndAnAddedOneIs() throws Exception {
        vm.auth().setEnabled(false);
        vm.headers().get(1).enabledProperty().set(false);
        KeyValueRow added = vm.addHeader();
        added.nameProperty().set("X-Request-Id");
        added.valueProperty().set("42");
        vm.removeHeader(vm.headers().get(0));
        vm.urlProperty().set(server.url("/"));
        vm.send().get(10, TimeUnit.SECONDS);

        LoopbackServer.Received got = server.take();
        assertThat(got.header("Authorization")).isEmpty();
        assertThat(got.header("Accept")).isEmpty();
        assertThat(got.header("Content-Type")).isEmpty();
        assertThat(got.header("X-Request-Id")).contains("42");
    }

    @Test
    void aFailureShowsAReadableCause() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        vm.urlProperty().set("http://127.0.0.1:" + port + "/");
        vm.send().get(10, TimeUnit.SECONDS);

        assertThat(vm.stateProperty().get()).isEqualTo(RequestViewModel.State.FAILED);
        assertThat(vm.response().displayProperty().get()).isEqualTo(ResponseViewModel.Display.ERROR);
        assertThat(vm.response().errorProperty().get())
                .isEqualTo("Connection refused: nothing is listening on 127.0.0.1:" + port);
        assertThat(vm.response().statusProperty().get()).isEmpty();
    }

    @Test
    void anInvalidUrlIsExplained() throws Exception {
        vm.urlProperty().set("http://bad host/");
        vm.send().get(10, TimeUnit.SECONDS);
        assertThat(vm.response().errorProperty().get()).isEqualTo("URL contains a space at position 11; encode it as %20");
    }

    @Test
    void cancelStopsTheExchangeAndDropsItsOutcome() throws Exception {
        vm.urlProperty().set(server.url("/slow"));
        var sent = vm.send();
        server.take();
        assertThat(vm.stateProperty().get()).isEqualTo(RequestViewModel.State.SENDING);
        assertThat(vm.response().displayProperty().get()).isEqualTo(ResponseViewModel.Display.SENDING);

        vm.cancel();
        sent.get(10, TimeUnit.SECONDS);

        assertThat(server.aborted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(RequestViewModel.State.CANCELLED);
        assertThat(vm.response().displayProperty().get()).isEqualTo(ResponseViewModel.Display.CANCELLED);
        assertThat(vm.response().errorProperty().get()).isEmpty();
    }

    @Test
    void aNewSendCancelsTheOneInFlight() throws Exception {
        vm.urlProperty().set(server.url("/slow"));
        var first = vm.send();
        server.take();
        vm.urlProperty().set(server.url("/status/201"));
        vm.send().get(10, TimeUnit.SECONDS);
        first.get(10, TimeUnit.SECONDS);

        assertThat(server.aborted.await(5, TimeUnit.SECONDS)).as("the first exchange was aborted").isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(RequestViewModel.State.DONE);
        assertThat(vm.response().statusProperty().get()).isEqualTo("201 Created");
    }

    @Test
    void elapsedTimeTicksWhileSending() throws Exception {
        vm.urlProperty().set(server.url("/slow"));
        vm.send();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (vm.elapsedMillisProperty().get() < 300 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(vm.elapsedMillisProperty().get()).isGreaterThanOrEqualTo(300);
        vm.cancel();
    }

    @Test
    void warnsWhenABearerTokenWouldTravelOverPlainHttpToAnotherMachine() {
        vm.urlProperty().set("http://api.example.com/users");
        assertThat(vm.securityWarningProperty().get()).contains("unencrypted", "api.example.com");

        vm.urlProperty().set("https://api.example.com/users");
        assertThat(vm.securityWarningProperty().get()).isEmpty();

        vm.urlProperty().set("http://localhost:8080/users");
        assertThat(vm.securityWarningProperty().get()).isEmpty();

        vm.urlProperty().set("api.example.com/users");
        assertThat(vm.securityWarningProperty().get()).isNotEmpty();
        vm.auth().setEnabled(false);
        assertThat(vm.securityWarningProperty().get()).isEmpty();
    }
}
