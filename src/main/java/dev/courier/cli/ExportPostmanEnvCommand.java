package dev.courier.cli;

import dev.courier.core.collection.Collection;
import dev.courier.core.model.Environment;
import dev.courier.core.vars.Globals;
import dev.courier.io.postman.PostmanEnvironments;
import dev.courier.io.postman.PostmanExport;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.io.vars.SecretStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code courier export postman-env}: a global or collection environment as a Postman environment file. */
@Command(name = "postman-env", mixinStandardHelpOptions = true,
        description = {"Export an environment as a Postman environment file: a global one, or with --from one of a",
                "collection's. Secret values are never exported; each is listed on standard error."})
final class ExportPostmanEnvCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The environment's name")
    private String name;

    @Option(names = "--from", paramLabel = "COLLECTION", description = "The collection (.courier.json) holding it "
            + "(default: the global environments)")
    private Path collectionFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write it here instead of standard output")
    private Path output;

    private final PrintStream out;
    private final PrintStream err;
    private final Path home;

    ExportPostmanEnvCommand(PrintStream out, PrintStream err, Path home) {
        this.out = out;
        this.err = err;
        this.home = home;
    }

    @Override
    public Integer call() {
        Optional<Environment> environment;
        if (collectionFile != null) {
            Optional<Collection> collection = CollectionFileIo.readCollection(collectionFile, err);
            if (collection.isEmpty()) {
                return Cli.USAGE;
            }
            environment = collection.get().environment(name);
        } else {
            try {
                Globals globals = new GlobalsFile(home.resolve(GlobalsFile.FILE_NAME),
                        new SecretStore(home.resolve(SecretStore.FILE_NAME))).load();
                environment = globals.environment(name);
            } catch (IOException e) {
                err.println("courier: " + e.getMessage());
                return Cli.USAGE;
            }
        }
        if (environment.isEmpty()) {
            err.println("courier: no environment named \"" + name + "\" in "
                    + (collectionFile == null ? "the global environments" : collectionFile.toString()));
            return Cli.USAGE;
        }
        PostmanExport export = PostmanEnvironments.write(environment.get());
        export.report().forEach(line -> err.println("not exported: " + line));
        return CollectionFileIo.write(output, export.json(), out, err) ? Cli.OK : Cli.USAGE;
    }
}
