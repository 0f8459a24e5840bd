package dev.courier.core.http;

import dev.courier.core.model.Body;
import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a {@link Body} into the bytes sent: text as UTF-8, forms URL-encoded, multipart per RFC 7578. */
public final class BodyEncoder {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BOUNDARY_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private BodyEncoder() {
    }

    /**
     * Encodes {@code body}; files are referenced, not read.
     *
     * @param boundary the multipart boundary (ignored for other bodies)
     * @throws FileNotFoundException when a file to send does not exist or cannot be read
     */
    public static EncodedBody encode(Body body, String boundary) throws IOException {
        if (body instanceof Body.Text text) {
            return EncodedBody.of(text.content().getBytes(StandardCharsets.UTF_8));
        }
        if (body instanceof Body.Form form) {
            return EncodedBody.of(formUrlEncoded(form.fields()).getBytes(StandardCharsets.US_ASCII));
        }
        if (body instanceof Body.Multipart multipart) {
            return multipart(multipart.parts(), boundary);
        }
        if (body instanceof Body.Binary binary) {
            return new EncodedBody(List.of(file(binary.file())));
        }
        return EncodedBody.EMPTY;
    }

    /** {@code application/x-www-form-urlencoded} of the enabled fields: UTF-8, space as '+', as browsers send. */
    public static String formUrlEncoded(List<Field> fields) {
        return fields.stream().filter(Field::enabled)
                .map(f -> URLEncoder.encode(f.name(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A fresh boundary: a fixed prefix and 24 random alphanumerics, never found in ordinary content. */
    public static String newBoundary() {
        StringBuilder b = new StringBuilder("----CourierFormBoundary");
        for (int i = 0; i < 24; i++) {
            b.append(BOUNDARY_CHARS.charAt(RANDOM.nextInt(BOUNDARY_CHARS.length())));
        }
        return b.toString();
    }

    /** The Content-Type of a file part: as given, else guessed from the filename. */
    public static String partContentType(Part.FilePart part) {
        return part.contentType().isBlank() ? MediaTypes.forFileName(part.effectiveFilename()) : part.contentType();
    }

    private static EncodedBody multipart(List<Part> parts, String boundary) throws IOException {
        List<EncodedBody.Segment> segments = new ArrayList<>();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (Part part : parts) {
            if (!part.enabled()) {
                continue;
            }
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(escape(part.name())).append('"');
            if (part instanceof Part.TextPart field) {
                head.append("\r\n");
                if (!field.contentType().isBlank()) {
                    head.append("Content-Type: ").append(field.contentType()).append("\r\n");
                }
                head.append("\r\n").append(field.value()).append("\r\n");
                text.write(head.toString().getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof Part.FilePart file) {
                head.append("; filename=\"").append(escape(file.effectiveFilename())).append("\"\r\n")
                        .append("Content-Type: ").append(partContentType(file)).append("\r\n\r\n");
                text.write(head.toString().getBytes(StandardCharsets.UTF_8));
                segments.add(new EncodedBody.Segment.Bytes(text.toByteArray()));
                text.reset();
                segments.add(file(file.file()));
                text.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        text.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        segments.add(new EncodedBody.Segment.Bytes(text.toByteArray()));
        return new EncodedBody(segments);
    }

    /** Quotes a name or filename as HTML does for multipart: '"', CR and LF percent-encoded. */
    public static String escape(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static EncodedBody.Segment file(Path path) throws IOException {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new FileNotFoundException("File not found or not readable: " + path);
        }
        return new EncodedBody.Segment.FileContents(path, Files.size(path));
    }
}
