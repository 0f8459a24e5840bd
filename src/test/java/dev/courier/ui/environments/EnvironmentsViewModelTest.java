package dev.courier.ui.environments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.Collection;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.EnvironmentRef;
import dev.courier.core.vars.Lookup;
import dev.courier.core.vars.VariableContext;
import dev.courier.io.collection.CollectionFiles;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.vars.ActiveEnvironments;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.io.vars.SecretStore;
import dev.courier.ui.collections.CollectionsViewModel;
import dev.courier.ui.collections.OpenCollection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environments, the active one per context and the variables a context resolves, with direct executors. */
class EnvironmentsViewModelTest {

    @TempDir
    Path home;
    private OpenCollection api;
    private EnvironmentsViewModel vm;

    @BeforeEach
    void openCollection() {
        Collection collection = Collection.named("API")
                .withVariables(List.of(Variable.of("base", "https://collection.example")))
                .withEnvironments(List.of(new Environment("Staging", List.of(
                        Variable.of("base", "https://staging.example"), Variable.of("user", "staging-user")))));
        CollectionFiles files = new CollectionFiles(new SecretStore(home.resolve(SecretStore.FILE_NAME)));
        CollectionsViewModel collections = new CollectionsViewModel(files, home.resolve("collections.json"),
                Runnable::run, Runnable::run);
        api = collections.create(home.resolve("api.courier.json"), collection).join().orElseThrow();
        vm = newViewModel();
    }

    private EnvironmentsViewModel newViewModel() {
        EnvironmentsViewModel model = new EnvironmentsViewModel(
                new GlobalsFile(home.resolve(GlobalsFile.FILE_NAME), new SecretStore(home.resolve("secrets.json"))),
                new ActiveEnvironments(home.resolve(ActiveEnvironments.FILE_NAME)), Runnable::run, Runnable::run);
        model.load().join();
        return model;
    }

    private static String value(VariableContext context, String name) {
        return context.forCollection().lookup(name).map(Lookup::value).orElse(null);
    }

    private String onDisk(String file) throws Exception {
        return Files.readString(home.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theActiveEnvironmentIsRememberedPerContextAcrossARestart() {
        EnvironmentRef local = vm.create(EnvironmentRef.Source.GLOBAL, "Local").ref();
        vm.select(EnvironmentChoice.of(local));
        vm.contextProperty().set(api);
        assertThat(vm.choices()).extracting(EnvironmentChoice::label)
                .containsExactly("No environment", "Staging", "Local");
        assertThat(vm.activeProperty().get()).as("each context has its own choice").isEqualTo(EnvironmentChoice.NONE);
        vm.select(EnvironmentChoice.of(EnvironmentRef.collection("Staging")));

        EnvironmentsViewModel restarted = newViewModel();
        assertThat(restarted.activeProperty().get().ref()).isEqualTo(local);
        restarted.contextProperty().set(api);
        assertThat(restarted.activeProperty().get().ref()).isEqualTo(EnvironmentRef.collection("Staging"));
        restarted.contextProperty().set(null);
        assertThat(restarted.activeProperty().get().ref()).isEqualTo(local);
    }

    private void remember(String name) throws Exception {
        String key = api.file().toAbsolutePath().normalize().toString().replace("\\", "\\\\");
        Files.writeString(home.resolve(ActiveEnvironments.FILE_NAME), "{\"format\":1,\"contexts\":{\"" + key
                + "\":{\"source\":\"collection\",\"name\":\"" + name + "\"}}}");
    }

    @Test
    void aRememberedChoiceIsActiveWhenItsCollectionBecomesTheContextAndStaysThroughOtherContexts()
            throws Exception {
        remember("Staging");
        EnvironmentsViewModel started = newViewModel();
        started.contextProperty().set(api);
        assertThat(started.activeProperty().get().ref()).isEqualTo(EnvironmentRef.collection("Staging"));

        started.contextProperty().set(null);
        assertThat(started.activeProperty().get()).isEqualTo(EnvironmentChoice.NONE);
        started.contextProperty().set(api);
        assertThat(started.activeProperty().get().ref()).isEqualTo(EnvironmentRef.collection("Staging"));
        assertThat(started.contextFor(api).environment().name()).isEqualTo("Staging");
        assertThat(onDisk(ActiveEnvironments.FILE_NAME)).contains("Staging");
    }

    @Test
    void aPickMadeBeforeTheRememberedChoiceIsReadWins() throws Exception {
        remember("Staging");
        Deque<Runnable> queued = new ArrayDeque<>();
        EnvironmentsViewModel started = new EnvironmentsViewModel(
                new GlobalsFile(home.resolve(GlobalsFile.FILE_NAME), new SecretStore(home.resolve("secrets.json"))),
                new ActiveEnvironments(home.resolve(ActiveEnvironments.FILE_NAME)), queued::add, Runnable::run);
        started.load();
        started.contextProperty().set(api);
        started.select(EnvironmentChoice.NONE);
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertThat(started.activeProperty().get()).isEqualTo(EnvironmentChoice.NONE);
        assertThat(onDisk(ActiveEnvironments.FILE_NAME)).doesNotContain("Staging");
    }

    @Test
    void createRenameDuplicateAndDeleteAGlobalEnvironment() throws Exception {
        EnvironmentRef staging = vm.create(EnvironmentRef.Source.GLOBAL, "Staging").ref();
        assertThat(vm.create(EnvironmentRef.Source.GLOBAL, "Staging").ref().name()).isEqualTo("Staging 2");
        vm.setVariables(staging, List.of(Variable.of("base", "https://qa.example"))).join();
        vm.select(EnvironmentChoice.of(staging));

        EnvironmentRef qa = vm.rename(staging, "QA").ref();
        assertThat(vm.activeProperty().get().ref()).as("the active one stays active").isEqualTo(qa);
        EnvironmentRef copy = vm.duplicate(qa).ref();
        assertThat(copy.name()).isEqualTo("QA copy");
        assertThat(vm.globalsProperty().get().environments()).extracting(Environment::name)
                .containsExactly("QA", "QA copy", "Staging 2");
        assertThat(vm.environment(copy).orElseThrow().variables())
                .containsExactly(Variable.of("base", "https://qa.example"));

        vm.delete(qa).join();
        assertThat(vm.activeProperty().get()).isEqualTo(EnvironmentChoice.NONE);
        EnvironmentsViewModel restarted = newViewModel();
        assertThat(restarted.globalsProperty().get().environments()).extracting(Environment::name)
                .containsExactly("QA copy", "Staging 2");
        assertThat(restarted.activeProperty().get()).isEqualTo(EnvironmentChoice.NONE);
        assertThat(onDisk(GlobalsFile.FILE_NAME)).contains("https://qa.example");
    }

    @Test
    void aCollectionsEnvironmentsAndVariablesAreSavedInItsFile() throws Exception {
        vm.contextProperty().set(api);
        EnvironmentRef prod = vm.create(EnvironmentRef.Source.COLLECTION, "Production").ref();
        assertThat(prod.source()).isEqualTo(EnvironmentRef.Source.COLLECTION);
        vm.select(EnvironmentChoice.of(EnvironmentRef.collection("Staging")));
        EnvironmentRef renamed = vm.rename(EnvironmentRef.collection("Staging"), "Preview").ref();
        vm.setCollectionVariables(List.of(Variable.of("base", "https://api.example"))).join();

        Collection saved = CollectionJson.read(onDisk("api.courier.json"));
        assertThat(saved.environments()).extracting(Environment::name).containsExactly("Preview", "Production");
        assertThat(saved.variables()).containsExactly(Variable.of("base", "https://api.example"));
        assertThat(vm.activeProperty().get().ref()).isEqualTo(renamed);
        assertThat(newViewModel().contextFor(api).environment().name()).isEqualTo("Preview");
    }

    @Test
    void contextsResolveCollectionThenEnvironmentThenGlobal() {
        vm.setGlobalVariables(List.of(Variable.of("base", "https://global.example"), Variable.of("user", "global"),
                Variable.of("region", "eu"))).join();
        assertThat(value(vm.contextFor(null), "base")).isEqualTo("https://global.example");

        vm.contextProperty().set(api);
        assertThat(value(vm.contextFor(api), "user")).as("no environment active yet").isEqualTo("global");
        vm.select(EnvironmentChoice.of(EnvironmentRef.collection("Staging")));
        VariableContext context = vm.contextFor(api);
        assertThat(value(context, "base")).as("the collection's variable beats the environment's")
                .isEqualTo("https://collection.example");
        assertThat(value(context, "user")).as("the environment beats the globals").isEqualTo("staging-user");
        assertThat(value(context, "region")).isEqualTo("eu");
        assertThat(context.forCollection().lookup("user").orElseThrow().source()).isEqualTo("environment Staging");

        EnvironmentRef local = vm.create(EnvironmentRef.Source.GLOBAL, "Local").ref();
        vm.setVariables(local, List.of(Variable.of("base", "http://localhost:8080"))).join();
        vm.contextProperty().set(null);
        vm.select(EnvironmentChoice.of(local));
        assertThat(value(vm.contextFor(null), "base")).as("outside collections the environment decides")
                .isEqualTo("http://localhost:8080");
    }

    @Test
    void secretValuesStayOutOfTheEnvironmentsFile() throws Exception {
        EnvironmentRef local = vm.create(EnvironmentRef.Source.GLOBAL, "Local").ref();
        vm.setVariables(local, List.of(Variable.secret("token", "s3cret-t0ken"))).join();

        assertThat(onDisk(GlobalsFile.FILE_NAME)).contains("\"token\"").doesNotContain("s3cret-t0ken");
        assertThat(newViewModel().globalsProperty().get().environment("Local").orElseThrow().variables())
                .containsExactly(Variable.secret("token", "s3cret-t0ken"));
    }
}
