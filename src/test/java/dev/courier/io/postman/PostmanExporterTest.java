package dev.courier.io.postman;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.Collection;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.collection.CollectionSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmanExporterTest {

    private static final String LOSSY_ITEM = "/Public/Partner sync";

    @Test
    void theExportOfAnImportValidatesAgainstTheOfficialSchema() throws Exception {
        Collection imported = PostmanImporter.read(PostmanImporterTest.fixture()).collection();
        String exported = PostmanExporter.write(imported).json();
        assertThat(PostmanSchema.problems(exported)).isEmpty();
    }

    @Test
    void theExportOfACourierCollectionValidatesToo() throws Exception {
        PostmanExport export = PostmanExporter.write(CollectionSamples.employees());
        assertThat(PostmanSchema.problems(export.json())).isEmpty();
        assertThat(export.report()).containsExactly(
                "Employees › Upload photo: timeouts and HTTP version not exported (Postman has no per-request ones)",
                "Employees › Admin › Import CSV: the file body's content type text/csv is not exported; add a "
                        + "Content-Type header to keep it",
                "Variable \"token\": secret, exported without its value",
                "Collection: base URL and default headers written into each request (Postman has no such defaults)");
        assertThat(export.json()).doesNotContain("s3cr3t")
                .contains("\"raw\": \"https://api.example.com/v1/admin/login\"")
                .contains("\"raw\": \"https://status.example.com/\"");
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        assertThat(PostmanSchema.problems("{\"info\": {\"name\": \"x\", \"schema\": \"s\"}, "
                + "\"item\": [{\"name\": \"a\", \"request\": {\"header\": [{\"value\": \"no key\"}]}}]}")).isNotEmpty();
    }

    @Test
    void postmanToCourierToPostmanKeepsEveryImportedField() throws Exception {
        String original = PostmanImporterTest.fixture();
        String exported = PostmanExporter.write(PostmanImporter.read(original).collection()).json();

        List<String> before = PostmanFields.of(original);
        List<String> after = PostmanFields.of(exported);
        assertThat(before).hasSizeGreaterThan(30);
        assertThat(without(after, LOSSY_ITEM)).isEqualTo(without(before, LOSSY_ITEM));
        assertThat(after).contains("request " + LOSSY_ITEM + " | POST https://partner.example.com/graphql |  | auth "
                + "noauth | redirects true");
    }

    @Test
    void aSecondRoundTripChangesNothing() throws Exception {
        Collection once = PostmanImporter.read(PostmanImporterTest.fixture()).collection();
        Collection twice = PostmanImporter.read(PostmanExporter.write(once).json()).collection();
        assertThat(CollectionJson.write(twice)).isEqualTo(CollectionJson.write(once));
        assertThat(PostmanImporter.read(PostmanExporter.write(once).json()).report()).isEmpty();
    }

    /** The lines of one item dropped: its header line and the indented lines under it. */
    private static List<String> without(List<String> lines, String item) {
        List<String> kept = new java.util.ArrayList<>();
        boolean skipping = false;
        for (String line : lines) {
            if (!line.startsWith("  ")) {
                skipping = line.startsWith("request " + item + " ");
            }
            if (!skipping) {
                kept.add(line);
            }
        }
        return kept;
    }
}
