package dev.courier.io.vars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.collection.Collection;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.Globals;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.collection.CollectionSamples;
import dev.courier.io.file.UnreadableFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

    @TempDir
    Path dir;

    private static String text(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    @Test
    void savingSplitsSecretsIntoTheOwnerOnlyStoreAndOpeningFillsThemBack() throws Exception {
        SecretStore store = new SecretStore(dir.resolve("home/secrets.json"));
        Path a = dir.resolve("a.courier.json");
        Path b = dir.resolve("sub/../b.courier.json");

        Collection strippedA = store.split(a, CollectionSamples.withSecrets("A"));
        Collection strippedB = store.split(b, CollectionSamples.withSecrets("B"));
        Files.writeString(a, CollectionJson.write(strippedA));

        String file = text(a);
        assertThat(file).doesNotContain("A-").contains("visible");
        String stored = text(store.file());
        assertThat(stored).contains("A-request-pw", "A-folder-token", "A-collection-token", "A-staging-token",
                "A-prod-token", "B-prod-token", "\"request login\"", "\"folder users\"", "\"environment Staging\"");
        assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Collection reopened = store.fill(a, CollectionJson.read(file));
        assertThat(reopened).isEqualTo(CollectionSamples.withSecrets("A"));
        assertThat(store.fill(dir.resolve("b.courier.json"), strippedB)).as("paths are normalised")
                .isEqualTo(CollectionSamples.withSecrets("B"));
        assertThat(store.fill(dir.resolve("other.courier.json"), strippedA)).isEqualTo(strippedA);
    }

    @Test
    void forgottenSecretsAreRemovedAndRenamesCarryThem() throws Exception {
        SecretStore store = new SecretStore(dir.resolve("secrets.json"));
        Path a = dir.resolve("a.courier.json");
        Collection stripped = store.split(a, CollectionSamples.withSecrets("A"));

        store.renameEnvironment(a, "Staging", "Stage");
        Collection renamed = stripped.withEnvironments(List.of(stripped.environments().get(0).withName("Stage"),
                stripped.environments().get(1)));
        assertThat(store.fill(a, renamed).environments().get(0).variables().get(0).value())
                .isEqualTo("A-staging-token");

        Path copy = dir.resolve("copy.courier.json");
        store.copyCollection(a, copy);
        Path moved = dir.resolve("moved.courier.json");
        store.moveCollection(a, moved);
        assertThat(store.fill(copy, stripped).variables().get(0).value()).isEqualTo("A-collection-token");
        assertThat(store.fill(moved, stripped).variables().get(0).value()).isEqualTo("A-collection-token");
        assertThat(store.fill(a, stripped)).isEqualTo(stripped);

        store.forgetCollection(copy);
        store.split(moved, store.fill(moved, stripped).withVariables(List.of(Variable.of("token", "not secret"))));
        assertThat(text(store.file())).doesNotContain("A-collection-token").contains("A-prod-token");
        store.forgetCollection(moved);
        assertThat(text(store.file())).doesNotContain("A-");
        assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void globalsKeepTheirSecretsApartFromCollections() throws Exception {
        SecretStore store = new SecretStore(dir.resolve("secrets.json"));
        Globals globals = new Globals(List.of(Variable.secret("token", "global-token")),
                List.of(new Environment("Staging", List.of(Variable.secret("token", "global-staging")))));
        Globals stripped = store.split(globals);
        assertThat(stripped.variables().get(0).value()).isEmpty();
        store.split(dir.resolve("a.courier.json"), CollectionSamples.withSecrets("A"));
        assertThat(store.fill(stripped)).isEqualTo(globals);
    }

    @Test
    void aDamagedStoreIsReportedAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("secrets.json");
        Files.writeString(file, "{\"format\": 1,\n \"secrets\": {\"global\": {\"variables\": {\"t\": 5}}}}");
        byte[] before = Files.readAllBytes(file);
        SecretStore store = new SecretStore(file);
        assertThatThrownBy(() -> store.split(dir.resolve("a.courier.json"), CollectionSamples.withSecrets("A")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem().line()).isEqualTo(2);
                    assertThat(e.problem().describe()).contains("expected a string");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
