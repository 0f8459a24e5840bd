package dev.courier.cli;

import dev.courier.core.json.ByteChars;
import dev.courier.core.json.JsonCheck;
import dev.courier.core.json.JsonFormatter;
import dev.courier.core.json.JsonLexer;
import dev.courier.core.json.JsonTokenType;
import dev.courier.core.json.Latin1Output;
import dev.courier.core.json.JsonValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code courier format}: pretty-prints (or minifies) JSON with the same formatter as the window. The document is
 * memory-mapped and validated before anything is written, so a 1 GB file needs no 1 GB heap and invalid input
 * leaves stdout empty.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = {"Pretty-print JSON with 2-space indentation (or minify it), keeping every literal as written.",
                "Invalid JSON exits with 2 and prints 'line L, column C: message' on stderr."})
final class FormatCommand implements Callable<Integer> {

    @Option(names = "--minify", description = "Remove all insignificant whitespace instead")
    private boolean minify;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON file, or - for standard input (default)")
    private String file = "-";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    FormatCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Path source = file.equals("-") ? spoolStandardInput() : Path.of(file);
        try {
            return format(source);
        } catch (NoSuchFileException e) {
            err.println("courier: no such file: " + file);
            return Cli.USAGE;
        } finally {
            if (file.equals("-")) {
                Files.deleteIfExists(source);
            }
        }
    }

    private int format(Path source) throws IOException {
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                err.println("courier: " + file + " is larger than 2 GB, which format does not handle");
                return Cli.USAGE;
            }
            MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            ByteChars text = new ByteChars(bytes);
            JsonCheck check = JsonValidator.check(text, false);
            if (check.error().isPresent()) {
                err.println(text.locate(check.error().get()).describe());
                return Cli.USAGE;
            }
            if (new JsonLexer(text).next() == JsonTokenType.EOF) {
                return Cli.OK; // a blank document formats to nothing
            }
            // One char, one byte: the byte view goes back out as the very bytes that were read.
            Latin1Output output = new Latin1Output(out);
            JsonFormatter.write(text, output, !minify);
            output.append('\n');
            output.flush();
            return Cli.OK;
        }
    }

    private Path spoolStandardInput() throws IOException {
        Path temp = Files.createTempFile("courier-format", ".json");
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        return temp;
    }
}
