package dev.courier.ui.response;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a file with the application the desktop associates with it (an editor for text, a viewer for images). */
@FunctionalInterface
public interface ExternalOpener {

    /** Starts the application; blocking only until it is launched, so not on the UI thread. */
    void open(Path file) throws IOException;

    /** The desktop's own opener: {@code xdg-open} on Linux, {@code open} on macOS, the shell on Windows. */
    static ExternalOpener desktop() {
        return file -> {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("mac") ? List.of("open", file.toString())
                    : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", file.toString())
                    : List.of("xdg-open", file.toString());
            try {
                new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new IOException(command.get(0) + " could not be started (" + e.getMessage() + ")", e);
            }
        };
    }
}
