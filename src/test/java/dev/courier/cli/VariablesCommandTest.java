package dev.courier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.Globals;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.io.vars.SecretStore;
import dev.courier.testing.LoopbackServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariablesCommandTest {

    @TempDir
    Path dir;

    private final CliCall cli = new CliCall();
    private LoopbackServer server;
    private Path home;
    private SecretStore secrets;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        home = dir.resolve("home");
        secrets = new SecretStore(home.resolve(SecretStore.FILE_NAME));
        new GlobalsFile(home.resolve(GlobalsFile.FILE_NAME), secrets).save(new Globals(
                List.of(Variable.of("base", server.url("")), Variable.of("who", "global"),
                        Variable.secret("token", "global-token")),
                List.of(new Environment("Staging", List.of(Variable.of("who", "global-staging"))),
                        new Environment("Other", List.of(Variable.of("who", "global-other"))))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path collection() throws Exception {
        RequestItem echo = RequestItem.of("echo", "Echo", RequestSpec.of("GET", "{{base}}/echo?who={{who}}&k={{key}}",
                List.of(), Body.NONE));
        Collection c = new Collection("C", "", Defaults.NONE.withAuth(new Auth.Bearer("{{token}}")),
                List.of(Variable.secret("key", "collection-k3y")), List.of(echo),
                List.of(new Environment("Staging", List.of(Variable.of("who", "collection-staging"),
                        Variable.secret("token", "staging-t0k3n")))));
        Path file = dir.resolve("c.courier.json");
        Files.writeString(file, CollectionJson.write(secrets.split(file, c)));
        return file;
    }

    @Test
    void runTakesTheCollectionsEnvironmentFirstThenTheGlobalOneAndSecretsFromTheStore() throws Exception {
        Path file = collection();
        assertThat(Files.readString(file)).doesNotContain("collection-k3y", "staging-t0k3n");

        assertThat(cli.run(home, "run", file.toString(), "--env", "Staging")).isZero();
        LoopbackServer.Received first = server.take();
        assertThat(first.pathAndQuery()).isEqualTo("/echo?who=collection-staging&k=collection-k3y");
        assertThat(first.header("Authorization")).contains("Bearer staging-t0k3n");
        assertThat(cli.out()).contains("?who=collection-staging&k=******** 200 ")
                .doesNotContain("collection-k3y");

        assertThat(cli.run(home, "run", file.toString(), "--env", "Other", "--var", "who=cli")).isZero();
        LoopbackServer.Received second = server.take();
        assertThat(second.pathAndQuery()).isEqualTo("/echo?who=cli&k=collection-k3y");
        assertThat(second.header("Authorization")).contains("Bearer global-token");

        assertThat(cli.run(home, "run", file.toString())).isZero();
        assertThat(server.take().pathAndQuery()).isEqualTo("/echo?who=global&k=collection-k3y");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void unresolvedVariablesStopTheRunBeforeAnythingIsSentUnlessAllowed() throws Exception {
        RequestItem a = RequestItem.of("a", "A", RequestSpec.of("GET", "{{base}}/a/{{userId}}", List.of(), Body.NONE));
        RequestItem b = RequestItem.of("b", "B", RequestSpec.of("GET", "{{base}}/b?u={{userId}}",
                List.of(Header.of("X-Tenant", "{{tenant}}")), Body.NONE));
        Path file = dir.resolve("u.courier.json");
        Files.writeString(file, CollectionJson.write(new Collection("U", "", Defaults.NONE, List.of(),
                List.of(a, b))));

        assertThat(cli.run(home, "run", file.toString())).isEqualTo(Cli.UNRESOLVED_VARIABLES).isEqualTo(3);
        assertThat(cli.err()).isEqualTo("warning: A: 1 unresolved variable: userId\n"
                + "warning: B: 2 unresolved variables: userId, tenant\n"
                + "courier: 2 unresolved variables: userId, tenant; nothing was sent (give values with --var or "
                + "--env, or send anyway with --allow-unresolved)\n");
        assertThat(server.pending()).isZero();

        assertThat(cli.run(home, "run", file.toString(), "--var", "userId=7", "--allow-unresolved")).isZero();
        assertThat(server.take().pathAndQuery()).isEqualTo("/a/7");
        LoopbackServer.Received second = server.take();
        assertThat(second.pathAndQuery()).isEqualTo("/b?u=7");
        assertThat(second.header("X-Tenant")).contains("{{tenant}}");
        assertThat(cli.err()).isEqualTo("warning: B: 1 unresolved variable: tenant (sent as typed)\n");
    }

    @Test
    void sendResolvesGlobalsTheGlobalEnvironmentAndVars() throws Exception {
        assertThat(cli.run(home, "send", "--url", "{{base}}/s?who={{who}}&x={{x}}", "--env", "Staging", "--var", "x=1",
                "-H", "Authorization: Bearer {{token}}")).isZero();
        LoopbackServer.Received received = server.take();
        assertThat(received.pathAndQuery()).isEqualTo("/s?who=global-staging&x=1");
        assertThat(received.header("Authorization")).contains("Bearer global-token");

        assertThat(cli.run(home, "send", "--url", "{{base}}/s/{{missing}}/{{$env.COURIER_TEST_UNSET_VARIABLE}}"))
                .isEqualTo(3);
        assertThat(cli.err()).isEqualTo("courier: 2 unresolved variables: missing, $env.COURIER_TEST_UNSET_VARIABLE\n"
                + "courier: nothing was sent (give values with --var or --env, or send anyway with "
                + "--allow-unresolved)\n");
        assertThat(cli.run(home, "send", "--url", "{{base}}/s", "--env", "Nope")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("courier: no environment named \"Nope\"; there are: Staging (global), Other "
                + "(global)\n");
        assertThat(server.pending()).isZero();
    }

    @Test
    void postmanEnvironmentsImportIntoGlobalsOrACollectionAndExportWithoutSecrets() throws Exception {
        Path postman = dir.resolve("prod.postman_environment.json");
        Files.writeString(postman, "{\"name\": \"Prod\", \"values\": [{\"key\": \"who\", \"value\": \"prod\", "
                + "\"enabled\": true}, {\"key\": \"token\", \"value\": \"prod-s3cr3t\", \"type\": \"secret\"}]}");

        assertThat(cli.run(home, "import", "postman-env", postman.toString())).isZero();
        assertThat(cli.err()).contains("note: Variable \"token\": secret, so its value goes to the secret store");
        assertThat(Files.readString(home.resolve(GlobalsFile.FILE_NAME))).contains("\"Prod\"")
                .doesNotContain("prod-s3cr3t");
        assertThat(Files.readString(home.resolve(SecretStore.FILE_NAME))).contains("prod-s3cr3t");
        assertThat(cli.run(home, "send", "--url", "{{base}}/p?who={{who}}", "--env", "Prod", "-H", "X-T: {{token}}")).isZero();
        assertThat(server.take().header("X-T")).contains("prod-s3cr3t");

        Path file = collection();
        assertThat(cli.run(home, "import", "postman-env", postman.toString(), "--into", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("\"Prod\"").doesNotContain("prod-s3cr3t", "staging-t0k3n");
        assertThat(cli.run(home, "run", file.toString(), "--env", "Prod")).isZero();
        assertThat(server.take().header("Authorization")).contains("Bearer prod-s3cr3t");
        assertThat(cli.run(home, "run", file.toString(), "--env", "Staging")).as("the other secrets are kept").isZero();
        assertThat(server.take().header("Authorization")).contains("Bearer staging-t0k3n");

        Path exported = dir.resolve("out.json");
        assertThat(cli.run(home, "export", "postman-env", "Prod", "-o", exported.toString())).isZero();
        assertThat(Files.readString(exported)).contains("\"who\"", "\"type\": \"secret\"")
                .doesNotContain("prod-s3cr3t");
        assertThat(cli.err()).isEqualTo("not exported: Variable \"token\": secret, exported without its value\n");
        assertThat(cli.run(home, "export", "postman-env", "Staging", "--from", file.toString())).isZero();
        assertThat(cli.out()).contains("collection-staging");
        assertThat(cli.run(home, "export", "postman-env", "Nope")).isEqualTo(2);
    }
}
