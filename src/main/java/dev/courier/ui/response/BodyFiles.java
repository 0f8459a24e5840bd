package dev.courier.ui.response;

import dev.courier.core.TempFiles;
import dev.courier.core.body.BodyType;
import dev.courier.core.body.ImageFormat;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Response bodies written to files: saved where the user chose, or copied for another application. */
final class BodyFiles {

    private BodyFiles() {
    }

    /**
     * Streams the body into {@code target} through a temporary file beside it, so a failed or cancelled save never
     * leaves half a file under the chosen name. Blocking.
     */
    static void save(ResponseBody body, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (InputStream in = body.openStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary copy named for the body's type, deleted when Courier exits. Blocking. */
    static Path temporaryCopy(ResponseBody body, BodyType type) throws IOException {
        Path file = TempFiles.create("courier-response-", suffix(type));
        try (InputStream in = body.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** "response.json", "response.png": what the save dialog proposes. */
    static String suggestedName(BodyType type) {
        return "response" + suffix(type);
    }

    static String suffix(BodyType type) {
        if (type.image().isPresent()) {
            ImageFormat image = type.image().get();
            return image == ImageFormat.JPEG ? ".jpg" : "." + image.name().toLowerCase(Locale.ROOT);
        }
        return switch (type.kind()) {
            case JSON -> ".json";
            case XML -> ".xml";
            case HTML -> ".html";
            case BINARY -> ".bin";
            default -> ".txt";
        };
    }
}
