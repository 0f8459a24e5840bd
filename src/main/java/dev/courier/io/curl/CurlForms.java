package dev.courier.io.curl;

import dev.courier.core.model.Part;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code -F}/{@code --form} and {@code --form-string} values turned into multipart parts, with the Content-Type
 * curl 7.88 would give each part (curl's own short table of extensions, not Courier's).
 */
final class CurlForms {

    /** curl's table: anything else is application/octet-stream for a file and no type for text. */
    private static final Map<String, String> CURL_TYPES = Map.of(".gif", "image/gif", ".jpg", "image/jpeg",
            ".jpeg", "image/jpeg", ".png", "image/png", ".svg", "image/svg+xml", ".txt", "text/plain",
            ".htm", "text/html", ".html", "text/html", ".pdf", "application/pdf", ".xml", "application/xml");

    private final CurlFiles files;
    private final List<String> warnings;

    CurlForms(CurlFiles files, List<String> warnings) {
        this.files = files;
        this.warnings = warnings;
    }

    /**
     * The part for one option value, or empty when curl would reject it (warned).
     *
     * @param literal true for {@code --form-string}: no {@code @}, {@code <} or {@code ;type=} processing
     */
    Optional<Part> part(String value, boolean literal, String spelled) {
        int equals = value.indexOf('=');
        if (equals < 0) {
            warnings.add("curl rejects the form field " + spelled + " '" + value + "' (no '='); it was ignored");
            return Optional.empty();
        }
        String name = value.substring(0, equals);
        if (name.isEmpty()) {
            warnings.add("The form field '" + value + "' has no name: curl sends the part without one, Courier with "
                    + "an empty name");
        }
        String rest = value.substring(equals + 1);
        if (literal) {
            return Optional.of(Part.TextPart.of(name, rest));
        }
        if (rest.startsWith("(") || (name.isEmpty() && rest.equals(")"))) {
            warnings.add("Nested multipart parts (-F '" + value + "') are not supported; the part was ignored");
            return Optional.empty();
        }
        if (rest.startsWith("@")) {
            return filePart(name, rest, spelled);
        }
        boolean fromFile = rest.startsWith("<");
        FormFieldSyntax.Field field = FormFieldSyntax.parse(rest, fromFile ? 1 : 0, FormFieldSyntax.NONE, warnings);
        if (!field.valid()) {
            return rejected(value, "its type= is not major/minor");
        }
        warnUnsupported(field, value);
        String text = field.data();
        String type = field.type();
        if (fromFile) {
            Optional<byte[]> contents = files.read(field.data(), spelled + " " + name + "=<" + field.data());
            if (contents.isEmpty()) {
                return rejected(value, "curl stops with error 26 when it cannot read the file");
            }
            text = CurlBodies.text(contents.get(), "The form field " + name, warnings);
            if (field.filename() != null) {
                warnings.add("curl does not allow filename= with '<' in -F '" + value + "'; it was ignored");
            }
            if (type == null) {
                type = guess(field.data());
                type = "text/plain".equals(type) ? null : type; // curl leaves out text/plain when there is no filename
            }
        } else if (field.filename() != null) {
            warnings.add("The text part " + name + " has filename=\"" + field.filename() + "\", which curl sends; "
                    + "Courier's text parts have no filename");
            type = type != null ? type : guess(field.filename());
        }
        return Optional.of(new Part.TextPart(name, text, type == null ? "" : type, true));
    }

    private Optional<Part> filePart(String name, String rest, String spelled) {
        FormFieldSyntax.Field field = FormFieldSyntax.parse(rest, 1, ',', warnings);
        String original = name + "=" + rest;
        if (!field.valid()) {
            return rejected(original, "its type= is not major/minor");
        }
        warnUnsupported(field, original);
        if (field.next() < rest.length()) {
            warnings.add("-F '" + original + "' sends several files in one part (multipart/mixed), which Courier "
                    + "does not support; only the first file was imported");
        }
        String fileName = field.data();
        if (fileName.isEmpty() || fileName.equals("-")) {
            return rejected(original, fileName.isEmpty() ? "it names no file" : "reading a part from standard "
                    + "input is not supported");
        }
        Optional<Path> path = files.resolve(fileName);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (!files.isReadableFile(fileName)) {
            warnings.add("The file " + fileName + " (" + spelled + " " + original + ") was not found; curl would stop "
                    + "with error 26, and Courier cannot send the part until the file exists");
        }
        String type = field.type();
        if (type == null) {
            type = field.filename() == null ? null : guess(field.filename());
            type = type != null ? type : guess(fileName);
            type = type != null ? type : "application/octet-stream";
        }
        String filename = field.filename() == null ? "" : field.filename();
        return Optional.of(new Part.FilePart(name, path.get(), filename, type, true));
    }

    private void warnUnsupported(FormFieldSyntax.Field field, String value) {
        if (field.headers() != null) {
            warnings.add("Part headers (headers=" + field.headers() + " in -F '" + value + "') are not supported; "
                    + "they were not imported");
        }
        if (field.encoder() != null) {
            warnings.add("Part encoders (encoder=" + field.encoder() + " in -F '" + value + "') are not supported; "
                    + "the part is sent unencoded");
        }
    }

    private Optional<Part> rejected(String value, String why) {
        warnings.add("curl rejects -F '" + value + "' (" + why + "); it was ignored");
        return Optional.empty();
    }

    /** curl's guess for a file name, or null. */
    static String guess(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> entry : CURL_TYPES.entrySet()) {
            if (lower.endsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
