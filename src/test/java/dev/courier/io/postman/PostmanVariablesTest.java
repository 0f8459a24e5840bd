package dev.courier.io.postman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.io.collection.CollectionSamples;
import dev.courier.io.file.FileFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmanVariablesTest {

    @Test
    void folderAndRequestVariablesAreExportedSchemaValidAndImportedBack() throws Exception {
        Collection original = CollectionSamples.withSecrets("P");
        PostmanExport export = PostmanExporter.write(original);
        assertThat(PostmanSchema.problems(export.json())).isEmpty();
        assertThat(export.json()).doesNotContain("P-");
        assertThat(export.report()).contains(
                "Users › Login: Variable \"password\": secret, exported without its value",
                "Users: Variable \"token\": secret, exported without its value",
                "Collection: 2 environments not exported (export each with courier export postman-env)");

        PostmanImport imported = PostmanImporter.read(export.json());
        Folder users = (Folder) imported.collection().items().get(0);
        RequestItem login = (RequestItem) CollectionTree.find(imported.collection(), "login").orElseThrow();
        // Postman's variable has no secret flag, so the export writes plain empty strings
        assertThat(users.variables()).containsExactly(Variable.of("token", ""));
        assertThat(login.request().variables()).containsExactly(Variable.of("password", ""));
        assertThat(imported.collection().variables()).containsExactly(Variable.of("token", ""),
                Variable.of("plain", "visible"));
        assertThat(imported.report()).noneMatch(line -> line.contains("variable"));
    }

    @Test
    void secretItemVariablesOfAPostmanFileAreImportedAndNoted() throws Exception {
        PostmanImport imported = PostmanImporter.read("""
                {"info": {"name": "V", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/"},
                 "item": [{"name": "F", "variable": [{"key": "f", "value": 1}],
                           "item": [{"name": "R", "request": {"method": "GET", "url": "{{f}}"},
                                     "variable": [{"key": "k", "value": "sh", "type": "secret"},
                                                  {"key": "off", "value": "x", "disabled": true}]}]}]}
                """);
        Folder folder = (Folder) imported.collection().items().get(0);
        assertThat(folder.variables()).containsExactly(Variable.of("f", "1"));
        assertThat(((RequestItem) folder.items().get(0)).request().variables())
                .containsExactly(Variable.secret("k", "sh"), new Variable("off", "x", false, false));
        assertThat(imported.report()).containsExactly("F › R: Variable \"k\": secret, so its value is not written to "
                + "the collection file");
    }

    @Test
    void environmentFilesRoundTripWithoutSecretValues() throws Exception {
        Environment staging = new Environment("Staging", List.of(Variable.of("host", "staging.example.com"),
                Variable.secret("token", "s3cr3t"), new Variable("old", "x", false, false)));
        PostmanExport export = PostmanEnvironments.write(staging);
        assertThat(export.json()).doesNotContain("s3cr3t").contains("\"_postman_variable_scope\": \"environment\"",
                "\"type\": \"secret\"");
        assertThat(export.report()).containsExactly("Variable \"token\": secret, exported without its value");
        assertThat(PostmanEnvironments.write(staging).json()).as("stable").isEqualTo(export.json());

        PostmanEnvironments.Imported back = PostmanEnvironments.read(export.json());
        assertThat(back.environment()).isEqualTo(new Environment("Staging", List.of(
                Variable.of("host", "staging.example.com"), Variable.secret("token", ""),
                new Variable("old", "x", false, false))));
        assertThat(back.report()).containsExactly("Variable \"token\": secret, so its value goes to the secret "
                + "store, not to a shared file");

        PostmanEnvironments.Imported fromPostman = PostmanEnvironments.read("""
                {"id": "1", "name": "Prod", "values": [{"key": "token", "value": "t0k", "type": "secret",
                  "enabled": true}, {"key": "n", "value": 3, "type": "default", "enabled": false}],
                 "_postman_variable_scope": "environment"}
                """);
        assertThat(fromPostman.environment().variables()).containsExactly(Variable.secret("token", "t0k"),
                new Variable("n", "3", false, false));
        assertThatThrownBy(() -> PostmanEnvironments.read("{\"name\": \"x\"}"))
                .isInstanceOf(FileFormatException.class).hasMessageContaining("not a Postman environment");
    }
}
