package dev.courier.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.codegen.SnippetTargets;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.VariableContext;
import dev.courier.ui.CourierApp;
import dev.courier.ui.RequestViewModel;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The code pane's model, without a toolkit. */
class CodeViewModelTest {

    private final ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
    private final RequestViewModel request = new RequestViewModel(new HttpEngine(), background, Runnable::run);
    private final CodeViewModel code = new CodeViewModel(request, background, Runnable::run);

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition met in time").isTrue();
    }

    @Test
    void followsTheRequestWhileShownWithSecretsMaskedByDefault() throws Exception {
        request.urlProperty().set("https://api.example.com/employees");
        Thread.sleep(CodeViewModel.DELAY_MILLIS * 3);
        assertThat(code.codeProperty().get()).as("nothing is generated while hidden").isEmpty();

        code.activeProperty().set(true);
        await(() -> code.codeProperty().get().contains("https://api.example.com/employees"));
        assertThat(code.codeProperty().get()).startsWith("curl").contains("$API_TOKEN").doesNotContain("{token}");

        request.urlProperty().set("https://api.example.com/teams");
        await(() -> code.codeProperty().get().contains("/teams"));

        code.maskSecretsProperty().set(false);
        await(() -> code.codeProperty().get().contains("Bearer {{token}}"));

        code.targetProperty().set(SnippetTargets.byId("python-requests").orElseThrow());
        await(() -> code.codeProperty().get().contains("import requests"));
    }

    @Test
    void theCodeSendsWhatSendSendsWithVariablesResolvedAndSecretValuesMasked() throws Exception {
        Environment local = new Environment("Local", List.of(Variable.of("base", "http://127.0.0.1:9"),
                Variable.secret("apiKey", "k3y-value")));
        request.variablesProperty().set(VariableContext.of(null, local, List.of()).forScratch(request.toSpec()));
        request.urlProperty().set("{{base}}/items?key={{apiKey}}");

        String masked = code.generateNow().get(5, TimeUnit.SECONDS);
        assertThat(masked).contains("http://127.0.0.1:9/items?key=********").doesNotContain("k3y-value", "{{base}}");
        code.maskSecretsProperty().set(false);
        assertThat(code.generateNow().get(5, TimeUnit.SECONDS)).contains("http://127.0.0.1:9/items?key=k3y-value");
    }

    @Test
    void generatesOnDemandInAnyTarget() throws Exception {
        request.urlProperty().set("http://127.0.0.1:9/x");
        String go = code.generateNow(SnippetTargets.byId("go").orElseThrow()).get(5, TimeUnit.SECONDS);
        assertThat(go).contains("package main", "http://127.0.0.1:9/x");
        assertThat(code.generateNow().get(5, TimeUnit.SECONDS)).startsWith("curl");
    }
}
