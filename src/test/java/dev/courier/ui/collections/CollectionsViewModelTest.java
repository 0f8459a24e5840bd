package dev.courier.ui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Body;
import dev.courier.core.model.Environment;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.io.collection.CollectionFiles;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.collection.CollectionSamples;
import dev.courier.io.postman.PostmanImport;
import dev.courier.io.vars.SecretStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, editing, saving and guarding collection files, with direct executors and no toolkit. */
class CollectionsViewModelTest {

    @TempDir
    Path dir;
    private Path file;
    private CollectionsViewModel collections;

    @BeforeEach
    void writeSample() throws Exception {
        file = dir.resolve("employees.courier.json");
        Files.write(file, CollectionJson.bytes(CollectionSamples.employees()));
        collections = newViewModel();
    }

    private CollectionsViewModel newViewModel() {
        CollectionFiles files = new CollectionFiles(new SecretStore(dir.resolve(SecretStore.FILE_NAME)));
        return new CollectionsViewModel(files, dir.resolve("collections.json"), Runnable::run, Runnable::run);
    }

    private OpenCollection open() {
        return collections.open(file).join().orElseThrow();
    }

    @Test
    void aFileThatDoesNotParseIsReportedWithLineAndColumnAndLeftUntouched() throws Exception {
        Path broken = dir.resolve("broken.courier.json");
        String text = "{\n  \"format\": 1,\n  \"name\": \"x\",,\n}\n";
        Files.writeString(broken, text);

        assertThat(collections.open(broken).join()).isEmpty();
        assertThat(collections.problemProperty().get()).startsWith("Cannot open broken.courier.json: line 3, column")
                .endsWith("The file was left untouched.");
        assertThat(collections.open()).isEmpty();
        assertThat(Files.readString(broken)).isEqualTo(text);
    }

    @Test
    void secretValuesStayOutOfTheFileAndComeBackWhenItIsOpenedAgain() throws Exception {
        OpenCollection opened = open();
        Environment staging = new Environment("Staging", List.of(Variable.of("base", "http://127.0.0.1:9"),
                Variable.secret("token", "s3cr3t-t0ken")));
        assertThat(opened.apply(opened.collection().withEnvironments(List.of(staging))).join().status())
                .isEqualTo(SaveResult.Status.SAVED);

        String saved = Files.readString(file);
        assertThat(saved).contains("\"token\"", "\"secret\": true", "http://127.0.0.1:9").doesNotContain("s3cr3t");
        assertThat(Files.readString(dir.resolve(SecretStore.FILE_NAME))).contains("s3cr3t-t0ken");

        collections.close(opened);
        OpenCollection reopened = newViewModel().open(file).join().orElseThrow();
        assertThat(reopened.collection().environments()).containsExactly(staging);
    }

    @Test
    void everyEditIsSavedAtOnceAndUndoPutsTheFileBack() throws Exception {
        byte[] original = Files.readAllBytes(file);
        OpenCollection employees = open();

        assertThat(employees.rename("health", "Status").join().saved()).isTrue();
        String renamed = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(renamed).contains("\"name\": \"Status\"");
        assertThat(renamed.lines().count()).isEqualTo(new String(original, StandardCharsets.UTF_8).lines().count());

        OpenCollection.Added folder = employees.newFolder(CollectionTree.ROOT, "Reports");
        assertThat(folder.saved().join().saved()).isTrue();
        assertThat(Files.readString(file)).contains("\"id\": \"reports\"");

        employees.undo().join();
        employees.undo().join();
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(employees.canUndoProperty().get()).isFalse();
    }

    @Test
    void dragAndDropMovesWithinTheTreeButNeverAFolderIntoItself() throws Exception {
        OpenCollection employees = open();
        assertThat(employees.move("health", "admin", 0)).isPresent();
        Folder admin = (Folder) employees.node("admin").orElseThrow();
        assertThat(admin.items().get(0).id()).isEqualTo("health");
        assertThat(CollectionJson.read(Files.readString(file))).isEqualTo(employees.collection());

        assertThat(employees.move("employees", "admin", 0)).isEmpty();
        assertThat(employees.node("admin")).isPresent();
    }

    @Test
    void savingOverAFileChangedOnDiskIsRefusedUntilTheUserChooses() throws Exception {
        OpenCollection employees = open();
        Files.writeString(file, Files.readString(file).replace("The HR service.", "Edited elsewhere."));

        SaveResult refused = employees.rename("health", "Status").join();
        assertThat(refused.status()).isEqualTo(SaveResult.Status.CHANGED_ON_DISK);
        assertThat(Files.readString(file)).contains("Edited elsewhere.").doesNotContain("Status");

        assertThat(collections.reload(employees).join().saved()).isTrue();
        assertThat(employees.collection().description()).isEqualTo("Edited elsewhere.");
        assertThat(employees.request("health").orElseThrow().name()).isEqualTo("Health");

        Files.writeString(file, Files.readString(file).replace("Edited elsewhere.", "Again."));
        employees.rename("health", "Status").join();
        assertThat(collections.overwrite(employees).join().saved()).isTrue();
        assertThat(Files.readString(file)).contains("\"name\": \"Status\"").contains("Edited elsewhere.");
    }

    @Test
    void saveAsMovesTheCollectionToTheNewFile() throws Exception {
        OpenCollection employees = open();
        Path copy = dir.resolve("copy.courier.json");
        assertThat(collections.saveAs(employees, copy).join().saved()).isTrue();
        assertThat(employees.file()).isEqualTo(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
        assertThat(collections.recent()).first().isEqualTo(copy);
    }

    @Test
    void aTabsRequestIsSavedIntoItsNode() throws Exception {
        OpenCollection employees = open();
        RequestSpec edited = RequestSpec.of("GET", "https://status.example.com/health", List.of(), Body.NONE);
        assertThat(employees.saveRequest("health", edited, true).join().saved()).isTrue();
        RequestItem saved = (RequestItem) CollectionTree.find(CollectionJson.read(Files.readString(file)), "health")
                .orElseThrow();
        assertThat(saved.request().url()).isEqualTo("https://status.example.com/health");
        assertThat(saved.inheritAuth()).as("the Auth tab's Inherit is saved with the request").isTrue();
    }

    @Test
    void openAndRecentFilesAreRememberedForTheNextStart() throws Exception {
        Path other = dir.resolve("other.courier.json");
        collections.create(other, dev.courier.core.collection.Collection.named("Other")).join();
        OpenCollection employees = open();
        collections.close(employees);

        CollectionsViewModel next = newViewModel();
        next.reopenLast().join();
        assertThat(next.open()).extracting(OpenCollection::file).containsExactly(other);
        assertThat(next.recent()).containsExactly(file, other);
    }

    @Test
    void postmanCollectionsAreReadAndExportedWithWhatWasLeftOut() throws Exception {
        Path postman = dir.resolve("api.postman_collection.json");
        Files.writeString(postman, """
                {"info": {"name": "Pets",
                          "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "item": [{"name": "List pets", "request": {"method": "GET", "url": "https://pets.example.com/pets"},
                           "event": [{"listen": "test", "script": {"exec": ["pm.test()"]}}]}]}
                """);
        PostmanImport imported = collections.readPostman(postman).join();
        assertThat(imported.collection().name()).isEqualTo("Pets");
        assertThat(imported.report()).hasSize(1).first().asString().contains("List pets");

        Optional<OpenCollection> created = collections.create(dir.resolve("pets.courier.json"),
                imported.collection()).join();
        Path exported = dir.resolve("pets.postman.json");
        List<String> report = collections.exportPostman(created.orElseThrow(), exported).join();
        assertThat(report).isEmpty();
        assertThat(Files.readString(exported)).contains("\"List pets\"", "https://pets.example.com/pets");
    }
}
