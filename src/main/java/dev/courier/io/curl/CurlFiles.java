package dev.courier.io.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files a curl command names ({@code @file}, {@code <file}, {@code -T file}), resolved against the directory
 * the command would run in, and its standard input ({@code @-}). A file that cannot be read is a warning, never a
 * failure: curl itself sends empty data for a missing {@code -d @file}.
 */
final class CurlFiles {

    /** Larger inputs are not read into a text body; curl's own limit for {@code -d @file} is similar. */
    static final long MAX_READ_BYTES = 64L * 1024 * 1024;

    private final Path baseDirectory;
    private final Optional<StandardInput> stdin;
    private final List<String> warnings;

    CurlFiles(Path baseDirectory, Optional<StandardInput> stdin, List<String> warnings) {
        this.baseDirectory = baseDirectory;
        this.stdin = stdin;
        this.warnings = warnings;
    }

    /** The absolute path of a file named in the command, or empty (with a warning) when it is not a valid path. */
    Optional<Path> resolve(String name) {
        try {
            return Optional.of(baseDirectory.resolve(name).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            warnings.add("\"" + name + "\" is not a valid file name here; it was ignored");
            return Optional.empty();
        }
    }

    /** Whether {@code name} names a readable regular file. */
    boolean isReadableFile(String name) {
        return resolve(name).filter(p -> Files.isRegularFile(p) && Files.isReadable(p)).isPresent();
    }

    /**
     * The bytes of a file, or of standard input for {@code -}; empty (with a warning that says what curl would do)
     * when there is nothing to read.
     *
     * @param use how the command uses the file, for the warning: e.g. "-d @body.json"
     */
    Optional<byte[]> read(String name, String use) {
        if (name.equals("-")) {
            return readStdin(use);
        }
        Optional<Path> path = resolve(name);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Path file = path.get();
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                warnings.add("The file " + name + " (" + use + ") was not found in " + baseDirectory
                        + "; its content is missing from the request");
                return Optional.empty();
            }
            if (Files.size(file) > MAX_READ_BYTES) {
                warnings.add("The file " + name + " (" + use + ") is larger than 64 MB; it was not read");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            warnings.add("The file " + name + " (" + use + ") could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<byte[]> readStdin(String use) {
        if (stdin.isEmpty()) {
            warnings.add(use + " reads standard input, which the pasted command does not provide; "
                    + "that data is missing from the request");
            return Optional.empty();
        }
        if (stdin.get() instanceof StandardInput.Text text) {
            return Optional.of(text.text().getBytes(StandardCharsets.UTF_8));
        }
        StandardInput.File file = (StandardInput.File) stdin.get();
        return read(file.path(), "< " + file.path());
    }
}
