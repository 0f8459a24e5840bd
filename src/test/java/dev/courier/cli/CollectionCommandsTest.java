package dev.courier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.postman.PostmanImporterTest;
import dev.courier.io.postman.PostmanSchema;
import dev.courier.testing.LoopbackServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionCommandsTest {

    @TempDir
    Path dir;

    private final CliCall cli = new CliCall();
    private LoopbackServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        return cli.run(dir.resolve("home"), args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    private static RequestItem get(String id, String url) {
        return RequestItem.of(id, id, RequestSpec.of("GET", url, List.of(), Body.NONE));
    }

    private Path collectionFile(RequestItem... requestsInFolder) throws Exception {
        Folder folder = new Folder("users", "Users", "", Defaults.NONE.withHeaders(List.of(Header.of("X-Folder", "f"))),
                true, List.of(requestsInFolder));
        Collection c = new Collection("Local", "", new Defaults(server.url("/api"), List.of(Header.of("X-Top", "t")),
                new Auth.Bearer("{{token}}")), List.of(Variable.of("id", "7"),
                new Variable("token", "", true, true)), List.of(folder, get("ping", "ping")));
        Path file = dir.resolve("local.courier.json");
        Files.writeString(file, CollectionJson.write(c));
        return file;
    }

    @Test
    void importPostmanWritesACollectionAndListsWhatWasLeftOut() throws Exception {
        Path postman = dir.resolve("employees.postman_collection.json");
        Files.writeString(postman, PostmanImporterTest.fixture());
        Path output = dir.resolve("employees.courier.json");

        assertThat(run("import", "postman", postman.toString(), "-o", output.toString())).isZero();
        assertThat(out()).isEmpty();
        assertThat(err().lines()).hasSize(7).allSatisfy(line -> assertThat(line).startsWith("not imported: "));
        Collection imported = CollectionJson.read(Files.readString(output));
        assertThat(CollectionTree.find(imported, "list-employees")).isPresent();

        assertThat(run("import", "postman", postman.toString())).isZero();
        assertThat(out()).isEqualTo(Files.readString(output));
    }

    @Test
    void importPostmanRefusesBrokenFilesWithWhereTheProblemIs() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"info\": {,\n}");
        assertThat(run("import", "postman", broken.toString(), "-o", dir.resolve("x.json").toString())).isEqualTo(2);
        assertThat(err()).startsWith("courier: " + broken + ": line 2, column 12: ");
        assertThat(dir.resolve("x.json")).doesNotExist();
        assertThat(run("import", "postman", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("courier: no such file: " + dir.resolve("missing.json") + "\n");
    }

    @Test
    void exportPostmanWritesAValidV21Collection() throws Exception {
        Path file = collectionFile(get("list", "users"));
        Path output = dir.resolve("out.postman_collection.json");
        assertThat(run("export", "postman", file.toString(), "-o", output.toString())).isZero();
        assertThat(PostmanSchema.problems(Files.readString(output))).isEmpty();
        assertThat(err()).contains("not exported: Variable \"token\": secret, exported without its value");
    }

    @Test
    void runSendsEveryEffectiveRequestInOrderAndSummarises() throws Exception {
        Path file = collectionFile(get("list", "users?id={{id}}"), get("one", "users/{{id}}"));

        assertThat(run("run", file.toString(), "--var", "token=t0k")).isZero();

        LoopbackServer.Received first = server.take();
        assertThat(first.pathAndQuery()).isEqualTo("/api/users?id=7");
        assertThat(first.header("X-Top")).contains("t");
        assertThat(first.header("X-Folder")).contains("f");
        assertThat(first.header("Authorization")).contains("Bearer t0k");
        assertThat(server.take().pathAndQuery()).isEqualTo("/api/users/7");
        assertThat(server.take().pathAndQuery()).isEqualTo("/api/ping");
        assertThat(out().lines().toList()).hasSize(4);
        assertThat(out().lines().findFirst().orElseThrow())
                .matches("GET http://127\\.0\\.0\\.1:\\d+/api/users\\?id=7 200 \\d+ ms");
        assertThat(out()).endsWith("3 requests: 3 succeeded, 0 without response, 0 with a 5xx status ("
                + out().replaceAll("(?s).*\\((\\d+) ms\\)\\n$", "$1") + " ms)\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void aServerErrorOrAMissingResponseExitsWithOne() throws Exception {
        Path file = collectionFile(get("boom", server.url("/status/503")));
        assertThat(run("run", file.toString(), "--folder", "Users", "--allow-unresolved")).isEqualTo(1);
        assertThat(out()).contains(" 503 ").endsWith("1 request: 0 succeeded, 0 without response, 1 with a 5xx "
                + "status (" + out().replaceAll("(?s).*\\((\\d+) ms\\)\\n$", "$1") + " ms)\n");
        assertThat(server.take().pathAndQuery()).isEqualTo("/status/503");
        assertThat(server.pending()).as("only the folder was run").isZero();
        assertThat(err()).isEqualTo("warning: boom: 1 unresolved variable: token (sent as typed)\n");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path refused = collectionFile(get("gone", "http://127.0.0.1:" + closedPort + "/x"));
        assertThat(run("run", refused.toString(), "--folder", "users", "--var", "token=t0k3n")).isEqualTo(1);
        assertThat(out()).contains("GET http://127.0.0.1:" + closedPort + "/x failed: Connection refused")
                .contains("0 succeeded, 1 without response");
    }

    @Test
    void runRefusesAnUnknownFolderEnvironmentsAndBrokenFiles() throws Exception {
        Path file = collectionFile(get("list", "users"));
        assertThat(run("run", file.toString(), "--folder", "Nope")).isEqualTo(2);
        assertThat(err()).contains("no folder named \"Nope\"");
        assertThat(run("run", file.toString(), "--env", "staging")).isEqualTo(2);
        assertThat(err()).isEqualTo("courier: no environment named \"staging\"; there are no environments\n");
        Files.writeString(file, "{\"format\": 1, \"items\": [{\"type\": \"nope\"}]}");
        assertThat(run("run", file.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("courier: " + file + ": line 1, column 26: items[0].type: expected \"folder\" or "
                + "\"request\", found \"nope\"\n");
        assertThat(server.pending()).isZero();
    }

    @Test
    void relativeFilesInACollectionAreFoundNextToIt() throws Exception {
        Files.writeString(dir.resolve("body.txt"), "from the file");
        RequestItem upload = RequestItem.of("upload", "Upload", RequestSpec.of("PUT", "upload", List.of(),
                new Body.Binary(Path.of("body.txt"), "text/plain")));
        Path file = collectionFile(upload);
        assertThat(run("run", file.toString(), "--folder", "users", "--var", "token=t0k3n")).isZero();
        assertThat(server.take().bodyText()).isEqualTo("from the file");
    }
}
