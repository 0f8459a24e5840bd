package dev.courier.cli;

import dev.courier.core.collection.Collection;
import dev.courier.io.postman.PostmanExport;
import dev.courier.io.postman.PostmanExporter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code courier export postman}: a Courier collection file as a Postman Collection v2.1 file. */
@Command(name = "postman", mixinStandardHelpOptions = true,
        description = {"Export a Courier collection as a Postman Collection v2.1 file.",
                "What Postman cannot hold (secret values, timeouts…) is listed on standard error."})
final class ExportPostmanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The Courier collection (.courier.json)")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the Postman collection here "
            + "instead of standard output")
    private Path output;

    private final PrintStream out;
    private final PrintStream err;

    ExportPostmanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Optional<Collection> collection = CollectionFileIo.readCollection(file, err);
        if (collection.isEmpty()) {
            return Cli.USAGE;
        }
        PostmanExport export = PostmanExporter.write(collection.get());
        export.report().forEach(line -> err.println("not exported: " + line));
        return CollectionFileIo.write(output, export.json(), out, err) ? Cli.OK : Cli.USAGE;
    }
}
