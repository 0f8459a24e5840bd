package dev.courier.io.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The official Postman Collection v2.1.0 JSON schema (draft-07) from the shared folder, as a validator. */
public final class PostmanSchema {

    private static final Path SCHEMA = locate();
    private static JsonSchema schema;

    private PostmanSchema() {
    }

    /** The validation messages for a document; empty when it is a valid Postman v2.1 collection. */
    public static synchronized List<String> problems(String json) throws IOException {
        if (schema == null) {
            JsonNode schemaNode = new ObjectMapper().readTree(Files.readString(SCHEMA));
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
        }
        return schema.validate(new ObjectMapper().readTree(json)).stream().map(ValidationMessage::getMessage)
                .sorted().toList();
    }

    /** {@code ../shared/schemas} beside the work tree, found from the working directory upwards. */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/schemas/postman-collection-v2.1.0.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new UncheckedIOException(new IOException("shared/schemas/postman-collection-v2.1.0.json not found"));
    }
}
