package dev.courier.io.collection;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Collections used by several tests: one with every feature of the format. */
public final class CollectionSamples {

    private CollectionSamples() {
    }

    /** A collection with defaults at every level, variables (one secret), nested folders and every body type. */
    public static Collection employees() {
        RequestItem list = new RequestItem("list-employees", "List employees", "Newest first.",
                RequestSpec.of("GET", "employees?page=1", List.of(Header.of("Accept", "application/json")),
                        Body.NONE), true);
        RequestItem create = new RequestItem("create-employee", "Create employee", "",
                RequestSpec.of("POST", "/employees", List.of(Header.of("Content-Type", "application/json"),
                        new Header("X-Debug", "1", false)), new Body.Text("{\"name\":\"Emma\"}", Body.TextType.JSON)),
                true);
        RequestItem login = new RequestItem("login", "Log in", "", RequestSpec.of("POST", "login", List.of(),
                new Body.Form(List.of(Field.of("user", "ann"), new Field("remember", "1", false)))), false);
        RequestItem upload = new RequestItem("upload-photo", "Upload photo", "", RequestSpec.of("PUT",
                "employees/{{id}}/photo", List.of(), new Body.Multipart(List.of(Part.TextPart.of("caption", "Me"),
                        new Part.FilePart("photo", Path.of("photos/me.png"), "", "image/png", true))))
                .withSettings(new RequestSettings(Duration.ofSeconds(5), Duration.ofSeconds(60), false,
                        dev.courier.core.model.HttpVersionChoice.HTTP_1_1)), true);
        RequestItem raw = RequestItem.of("import-csv", "Import CSV", RequestSpec.of("POST", "import", List.of(),
                new Body.Binary(Path.of("data/people.csv"), "text/csv")));
        Folder admin = new Folder("admin", "Admin", "Needs an admin login.",
                new Defaults("admin/", List.of(Header.of("X-Role", "admin")),
                        new Auth.Basic("root", "{{rootPassword}}")),
                true, List.of(login, raw));
        Folder employees = new Folder("employees", "Employees", "", Defaults.NONE, true,
                List.of(list, create, upload, admin));
        RequestItem health = RequestItem.of("health", "Health", RequestSpec.of("GET", "https://status.example.com/",
                List.of(), Body.NONE)).withInheritAuth(false);
        return new Collection("Employees API", "The HR service.",
                new Defaults("https://api.example.com/v1", List.of(Header.of("User-Agent", "courier-tests")),
                        new Auth.Bearer("{{token}}")),
                List.of(Variable.of("id", "42"), new Variable("token", "s3cr3t", true, true),
                        new Variable("old", "x", false, false)),
                List.of(employees, health));
    }

    /** A collection with a secret at every level, each with another value. */
    public static Collection withSecrets(String prefix) {
        RequestItem request = RequestItem.of("login", "Login", RequestSpec.of("POST", "login", List.of(), Body.NONE)
                .withVariables(List.of(Variable.secret("password", prefix + "-request-pw"))));
        Folder folder = new Folder("users", "Users", "", Defaults.NONE, true, List.of(request),
                List.of(Variable.secret("token", prefix + "-folder-token")));
        return new Collection("C", "", Defaults.NONE, List.of(Variable.secret("token", prefix + "-collection-token"),
                Variable.of("plain", "visible")), List.of(folder),
                List.of(new Environment("Staging", List.of(Variable.secret("token", prefix + "-staging-token"))),
                        new Environment("Prod", List.of(Variable.secret("token", prefix + "-prod-token")))));
    }
}
