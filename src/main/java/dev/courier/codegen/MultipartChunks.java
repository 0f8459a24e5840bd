package dev.courier.codegen;

import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Part;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A multipart/form-data body laid out as Courier encodes it, for the snippets whose client has no multipart
 * support and writes the body itself: text runs (headers, text fields, separators) and files read when sent.
 */
public final class MultipartChunks {

    /** The boundary those snippets use; fixed so that the code stays short and stable. */
    public static final String BOUNDARY = "----CourierSnippetBoundary7MA4YWxkTrZu0gW";

    /** One run of the body. */
    public sealed interface Chunk permits Text, FileContents {
    }

    /** Text, sent as UTF-8. */
    public record Text(String text) implements Chunk {
    }

    /** The whole contents of a file. */
    public record FileContents(Path file) implements Chunk {
    }

    private MultipartChunks() {
    }

    /** The Content-Type header value that goes with {@link #BOUNDARY}. */
    public static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** The body for {@code parts} (all of them sent) in order, adjacent text merged. */
    public static List<Chunk> of(List<Part> parts) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            text.append("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(BodyEncoder.escape(part.name()))
                    .append('"');
            if (part instanceof Part.TextPart field) {
                text.append("\r\n");
                if (!field.contentType().isBlank()) {
                    text.append("Content-Type: ").append(field.contentType()).append("\r\n");
                }
                text.append("\r\n").append(field.value()).append("\r\n");
            } else if (part instanceof Part.FilePart file) {
                text.append("; filename=\"").append(BodyEncoder.escape(file.effectiveFilename())).append("\"\r\n")
                        .append("Content-Type: ").append(BodyEncoder.partContentType(file)).append("\r\n\r\n");
                chunks.add(new Text(text.toString()));
                text.setLength(0);
                chunks.add(new FileContents(file.file()));
                text.append("\r\n");
            }
        }
        text.append("--").append(BOUNDARY).append("--\r\n");
        chunks.add(new Text(text.toString()));
        return List.copyOf(chunks);
    }
}
