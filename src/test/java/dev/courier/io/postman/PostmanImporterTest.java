package dev.courier.io.postman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.EffectiveRequests;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.io.file.FileFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

public class PostmanImporterTest {

    public static String fixture() throws IOException {
        String name = "/postman/employees.postman_collection.json";
        try (InputStream in = PostmanImporterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RequestItem request(Collection c, String id) {
        return (RequestItem) CollectionTree.find(c, id).orElseThrow();
    }

    @Test
    void importsTheTreeInOrderWithReadableIds() throws Exception {
        Collection c = PostmanImporter.read(fixture()).collection();
        assertThat(c.name()).isEqualTo("Employees API");
        assertThat(c.description()).isEqualTo("The HR service, as used by the **people** team.");
        assertThat(c.items()).extracting(Node::id).containsExactly("employees", "public", "me");
        Folder employees = (Folder) c.items().get(0);
        assertThat(employees.description()).isEqualTo("Everything about employees.");
        assertThat(employees.items()).extracting(Node::id)
                .containsExactly("list-employees", "create-employee", "upload-photo", "admin");
        assertThat(EffectiveRequests.all(c)).extracting(r -> r.item().name()).containsExactly("List employees",
                "Create employee", "Upload photo", "Log in", "Import CSV", "Audit log", "Health", "Docs page",
                "Partner sync", "Me");
    }

    @Test
    void importsHeadersQueryDescriptionsAndBodies() throws Exception {
        Collection c = PostmanImporter.read(fixture()).collection();
        RequestItem list = request(c, "list-employees");
        assertThat(list.description()).isEqualTo("Newest first, 20 per page.");
        assertThat(list.request().url()).isEqualTo("{{baseUrl}}/employees?page=1&size=20");
        assertThat(list.request().headers()).containsExactly(Header.of("Accept", "application/json"),
                new Header("X-Debug", "1", false));

        assertThat(request(c, "create-employee").request().body())
                .isEqualTo(new Body.Text("{\n  \"name\": \"Emma\",\n  \"age\": 28\n}", Body.TextType.JSON));
        assertThat(request(c, "upload-photo").request().body()).isEqualTo(new Body.Multipart(List.of(
                Part.TextPart.of("caption", "On holiday"), new Part.TextPart("meta", "{\"w\":640}", "application/json",
                        true), new Part.TextPart("draft", "yes", "", false),
                new Part.FilePart("photo", Path.of("/home/ann/photos/me.png"), "", "image/png", true))));
        assertThat(request(c, "log-in").request().body())
                .isEqualTo(new Body.Form(List.of(Field.of("user", "root"), new Field("remember", "1", false))));
        assertThat(request(c, "import-csv").request().body())
                .isEqualTo(new Body.Binary(Path.of("/home/ann/people.csv"), ""));
        assertThat(request(c, "docs-page").request().body())
                .isEqualTo(new Body.Text("<note><to>Ann</to></note>", Body.TextType.XML));
        assertThat(request(c, "me").request()).isEqualTo(RequestSpec.of("GET", "{{baseUrl}}/me", List.of(), Body.NONE));
        assertThat(request(c, "audit-log").request().settings().followRedirects()).isFalse();
    }

    @Test
    void importsAuthAtEveryLevelWithInheritance() throws Exception {
        Collection c = PostmanImporter.read(fixture()).collection();
        Auth token = new Auth.Bearer("{{token}}");
        assertThat(c.defaults().auth()).isEqualTo(token);
        assertThat(((Folder) CollectionTree.find(c, "admin").orElseThrow()).defaults().auth())
                .isEqualTo(new Auth.Basic("admin", "{{adminPassword}}"));
        assertThat(EffectiveRequests.resolve(c, "list-employees").auth()).isEqualTo(token);
        assertThat(EffectiveRequests.resolve(c, "log-in").auth())
                .isEqualTo(new Auth.Basic("admin", "{{adminPassword}}"));
        assertThat(EffectiveRequests.resolve(c, "audit-log").auth())
                .isEqualTo(new Auth.ApiKey("api_key", "{{auditKey}}", Auth.ApiKey.Location.QUERY));
        assertThat(request(c, "health").inheritAuth()).isFalse();
        assertThat(EffectiveRequests.resolve(c, "health").auth()).isEqualTo(Auth.NONE);
    }

    @Test
    void importsVariables() throws Exception {
        Collection c = PostmanImporter.read(fixture()).collection();
        assertThat(c.variables()).containsExactly(Variable.of("baseUrl", "https://api.example.com/v1"),
                Variable.of("employeeId", "42"),
                new Variable("legacyHost", "http://old.example.com", false, false),
                Variable.of("token", "eyJhbGciOiJIUzI1NiJ9.e30.sig"));
    }

    @Test
    void listsEverythingItDidNotImport() throws Exception {
        assertThat(PostmanImporter.read(fixture()).report()).containsExactly(
                "Collection: pre-request script not imported (Courier runs no scripts)",
                "Employees › List employees: 1 saved example response not imported",
                "Employees › List employees: disabled query parameter \"sort\" not imported (Courier keeps the URL "
                        + "as typed)",
                "Employees › Create employee: test script not imported (Courier runs no scripts)",
                "Employees › Admin: pre-request script not imported (Courier runs no scripts)",
                "Public › Partner sync: oauth2 auth not imported (Courier has none, bearer, basic and API key); "
                        + "sent without auth",
                "Public › Partner sync: graphql body not imported (Courier has raw, urlencoded, formdata and file "
                        + "bodies)");
    }

    @Test
    void refusesWhatIsNotAPostmanV2Collection() {
        assertThatThrownBy(() -> PostmanImporter.read("{\"info\": {\"name\": \"x\"}, \"item\": 3}"))
                .isInstanceOf(FileFormatException.class).hasMessageContaining("not a Postman collection");
        assertThatThrownBy(() -> PostmanImporter.read("{\"info\": {\"name\": \"x\", \"schema\": "
                + "\"https://schema.getpostman.com/json/collection/v1.0.0/collection.json\"}, \"item\": []}"))
                .isInstanceOf(FileFormatException.class).hasMessageContaining("v1.0.0");
        assertThatThrownBy(() -> PostmanImporter.read("{\n\"info\": }"))
                .isInstanceOfSatisfying(FileFormatException.class, e -> assertThat(e.problem().line()).isEqualTo(2));
    }

    @Test
    void readsVersionTwoPointZeroAuthAttributesAndHeaderStrings() throws Exception {
        Collection c = PostmanImporter.read("""
                {"info": {"name": "old",
                          "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
                 "item": [{"name": "a", "request": {"method": "GET", "url": "http://h/",
                   "header": "X-A: 1\\nX-B: two: parts",
                   "auth": {"type": "bearer", "bearer": {"token": "abc"}}}}]}
                """).collection();
        RequestItem a = request(c, "a");
        assertThat(a.request().auth()).isEqualTo(new Auth.Bearer("abc"));
        assertThat(a.request().headers()).containsExactly(Header.of("X-A", "1"), Header.of("X-B", "two: parts"));
    }
}
