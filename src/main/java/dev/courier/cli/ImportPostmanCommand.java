package dev.courier.cli;

import dev.courier.io.collection.CollectionJson;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.postman.PostmanImport;
import dev.courier.io.postman.PostmanImporter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code courier import postman}: a Postman Collection v2.1 file as a Courier collection file. */
@Command(name = "postman", mixinStandardHelpOptions = true,
        description = {"Import a Postman Collection (v2.1 or v2.0) as a Courier collection (.courier.json).",
                "What cannot be imported (scripts, other auth types, GraphQL bodies…) is listed on standard error,",
                "one 'not imported:' line each. Exit code 2 when the file is not a Postman collection."})
final class ImportPostmanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The Postman collection (.postman_collection.json)")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the collection here "
            + "(e.g. api.courier.json) instead of standard output")
    private Path output;

    private final PrintStream out;
    private final PrintStream err;

    ImportPostmanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Optional<String> text = CollectionFileIo.readText(file, err);
        if (text.isEmpty()) {
            return Cli.USAGE;
        }
        PostmanImport imported;
        try {
            imported = PostmanImporter.read(text.get());
        } catch (FileFormatException e) {
            err.println("courier: " + file + ": " + e.problem().describe());
            return Cli.USAGE;
        }
        imported.report().forEach(line -> err.println("not imported: " + line));
        return CollectionFileIo.write(output, CollectionJson.write(imported.collection()), out, err) ? Cli.OK
                : Cli.USAGE;
    }
}
