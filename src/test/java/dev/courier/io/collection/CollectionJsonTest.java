package dev.courier.io.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Header;
import dev.courier.core.model.Variable;
import dev.courier.io.file.FileFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionJsonTest {

    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertThat(b).hasSameSizeAs(a);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add("-" + a.get(i) + "\n+" + b.get(i));
            }
        }
        return changed;
    }

    @Test
    void writeThenReadGivesTheSameCollectionExceptSecretValues() throws Exception {
        Collection original = CollectionSamples.employees();
        String json = CollectionJson.write(original);
        Collection read = CollectionJson.read(json);

        List<Variable> expectedVariables = new ArrayList<>(original.variables());
        expectedVariables.set(1, expectedVariables.get(1).withValue(""));
        assertThat(read).isEqualTo(original.withVariables(expectedVariables));
        assertThat(CollectionJson.write(read)).isEqualTo(json);
    }

    @Test
    void theFileIsStableAndDiffFriendly() {
        String json = CollectionJson.write(CollectionSamples.employees());
        assertThat(json).startsWith("{\n  \"format\": 1,\n  \"name\": \"Employees API\",\n")
                .endsWith("}\n").doesNotContain("\r", "\t", "dev.courier", "java.", "@class");
        assertThat(json).contains(String.join("\n",
                "        {",
                "          \"type\": \"request\",",
                "          \"id\": \"list-employees\",",
                "          \"name\": \"List employees\",",
                "          \"description\": \"Newest first.\",",
                "          \"inheritAuth\": true,",
                "          \"request\": {",
                "            \"method\": \"GET\",",
                "            \"url\": \"employees?page=1\","));
        assertThat(json.lines()).allSatisfy(line ->
                assertThat((line.length() - line.stripLeading().length()) % 2).as(line).isZero());
    }

    @Test
    void aSecretValueIsNeverWritten() {
        String json = CollectionJson.write(CollectionSamples.employees());
        assertThat(json).doesNotContain("s3cr3t").contains(String.join("\n",
                "    {",
                "      \"name\": \"token\",",
                "      \"value\": \"\",",
                "      \"enabled\": true,",
                "      \"secret\": true",
                "    }"));
    }

    @Test
    void variablesAtEveryLevelAndEnvironmentsRoundTripWithoutAnySecretValue() throws Exception {
        Collection original = CollectionSamples.withSecrets("S");
        byte[] bytes = CollectionJson.bytes(original);
        String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("S-").contains("\"environments\": [", "\"name\": \"Staging\"",
                "\"secret\": true");
        Collection read = CollectionJson.read(json);
        assertThat(read.environments()).extracting(e -> e.name()).containsExactly("Staging", "Prod");
        assertThat(read.environments().get(0).variables()).containsExactly(Variable.secret("token", ""));
        RequestItem login = (RequestItem) CollectionTree.find(read, "login").orElseThrow();
        assertThat(login.request().variables()).containsExactly(Variable.secret("password", ""));
        assertThat(((dev.courier.core.collection.Folder) read.items().get(0)).variables())
                .containsExactly(Variable.secret("token", ""));
        assertThat(CollectionJson.write(read)).isEqualTo(json);

        String withoutNewKeys = CollectionJson.write(CollectionSamples.employees());
        assertThat(withoutNewKeys).as("written only when there are some").doesNotContain("\"environments\"")
                .doesNotContain("\"variables\": [],");
        assertProblem("{\"format\": 1, \"environments\": [{\"name\": \"A\"}, {\"name\": \"A\"}]}", 1, 48,
                "environments[1].name: \"A\" is used twice");
        assertProblem("{\"format\": 1,\n \"items\": [{\"type\": \"folder\", \"name\": \"F\", \"variables\": [{}]}]}",
                2, 58, "items[0].variables[0].name: missing");
    }

    @Test
    void editingOneHeaderIsAOneLineDiff() {
        Collection before = CollectionSamples.employees();
        RequestItem create = (RequestItem) CollectionTree.find(before, "create-employee").orElseThrow();
        List<Header> headers = new ArrayList<>(create.request().headers());
        headers.set(0, Header.of("Content-Type", "application/json; charset=utf-8"));
        Collection after = CollectionTree.replace(before, create.withRequest(create.request().withHeaders(headers)));

        assertThat(changedLines(CollectionJson.write(before), CollectionJson.write(after))).containsExactly(
                "-                \"value\": \"application/json\",\n"
                        + "+                \"value\": \"application/json; charset=utf-8\",");
    }

    @Test
    void renamingARequestIsAOneLineDiff() {
        Collection before = CollectionSamples.employees();
        Collection after = CollectionTree.rename(before, "health", "Status");
        assertThat(changedLines(CollectionJson.write(before), CollectionJson.write(after))).hasSize(1);
    }

    @Test
    void theExampleInFormatMdIsExactlyWhatCourierWrites() throws Exception {
        String doc = Files.readString(Path.of("docs/FORMAT.md"));
        int section = doc.indexOf("## A collection");
        int start = doc.indexOf("```json\n", section) + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```\n", start));
        assertThat(CollectionJson.write(CollectionJson.read(example))).isEqualTo(example);
    }

    @Test
    void handWrittenFilesMayLeaveOutDefaultsAndIds() throws Exception {
        Collection c = CollectionJson.read("""
                {"format": 1, "name": "Mini", "items": [
                  {"type": "folder", "name": "Users", "items": [
                    {"type": "request", "name": "Get", "request": {"method": "GET", "url": "u"}}]},
                  {"type": "request", "id": "get", "name": "Other get", "request": {"method": "GET", "url": "v"}}]}
                """);
        assertThat(c.items()).extracting(n -> n.id()).containsExactly("users", "get");
        assertThat(CollectionTree.find(c, "get-2").orElseThrow().name()).isEqualTo("Get");
    }

    @Test
    void problemsNameTheirPlaceWithLineAndColumn() {
        assertProblem("{\"format\": 1,\n \"name\": \"x\",\n \"items\": [\n  {\"type\": \"request\", \"name\": \"a\",\n"
                + "   \"request\": {\"method\": \"GET\", \"url\": \"u\", \"colour\": \"red\"}}]}",
                5, 45, "items[0].request.colour: unknown key");
        assertProblem("{\"format\": 1, \"name\": \"x\", \"extra\": true}", 1, 28, "extra: unknown key");
        assertProblem("{\"format\": 1, \"items\": [{\"type\": \"request\", \"name\": \"a\", \"request\": "
                + "{\"method\": \"GET\", \"url\": \"u\", \"headers\": [{\"value\": \"v\"}]}}]}", 1, 111,
                "items[0].request.headers[0].name: missing");
        assertProblem("{\"format\": 2}", 1, 2, "format: format 2 was written by a newer Courier");
        assertProblem("{\"name\": \"x\"}", 0, 0, "format: missing");
        assertProblem("{\"format\": 1,\n \"items\": [{\"type\": \"folder\", \"id\": \"a\", \"name\": \"A\"},\n"
                + "  {\"type\": \"request\", \"id\": \"a\", \"name\": \"B\", \"request\": {\"method\": \"GET\", "
                + "\"url\": \"\"}}]}",
                3, 23, "items[1].id: \"a\" is used twice");
        assertProblem("{\"format\": 1,\n \"name\": oops}", 2, 14, "Unrecognized token 'oops'");
    }

    private static void assertProblem(String json, int line, int column, String description) {
        assertThatThrownBy(() -> CollectionJson.read(json)).isInstanceOfSatisfying(FileFormatException.class, e -> {
            assertThat(e.problem().describe()).contains(description);
            if (line > 0) {
                assertThat(e.problem().line()).as("line").isEqualTo(line);
                assertThat(e.problem().column()).as("column").isEqualTo(column);
            }
        });
    }
}
