package dev.courier.cli;

import dev.courier.core.collection.Collection;
import dev.courier.core.model.Environment;
import dev.courier.core.vars.Globals;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.postman.PostmanEnvironments;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.io.vars.SecretStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code courier import postman-env}: a Postman environment as a global environment or a collection's. */
@Command(name = "postman-env", mixinStandardHelpOptions = true,
        description = {"Import a Postman environment (.postman_environment.json) as a global environment, or with",
                "--into as an environment of a collection. An environment of the same name is replaced.",
                "Secret values go to the secret store, never into a shared file; each is noted on standard error.",
                "Exit code 2 when the file is not a Postman environment or a file cannot be read or written."})
final class ImportPostmanEnvCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The Postman environment")
    private Path file;

    @Option(names = "--into", paramLabel = "COLLECTION", description = "Add it to this collection (.courier.json) "
            + "instead of the global environments")
    private Path collectionFile;

    private final PrintStream err;
    private final Path home;

    ImportPostmanEnvCommand(PrintStream err, Path home) {
        this.err = err;
        this.home = home;
    }

    @Override
    public Integer call() {
        Optional<String> text = CollectionFileIo.readText(file, err);
        if (text.isEmpty()) {
            return Cli.USAGE;
        }
        PostmanEnvironments.Imported imported;
        try {
            imported = PostmanEnvironments.read(text.get());
        } catch (FileFormatException e) {
            err.println("courier: " + file + ": " + e.problem().describe());
            return Cli.USAGE;
        }
        imported.report().forEach(line -> err.println("note: " + line));
        Environment environment = imported.environment();
        SecretStore secrets = new SecretStore(home.resolve(SecretStore.FILE_NAME));
        try {
            if (collectionFile == null) {
                GlobalsFile globalsFile = new GlobalsFile(home.resolve(GlobalsFile.FILE_NAME), secrets);
                Globals globals = globalsFile.load();
                globalsFile.save(globals.withEnvironments(replaced(globals.environments(), environment)));
                err.println("courier: imported environment \"" + environment.name() + "\" into the global "
                        + "environments (" + globalsFile.file() + ")");
                return Cli.OK;
            }
            Optional<Collection> read = CollectionFileIo.readCollection(collectionFile, err);
            if (read.isEmpty()) {
                return Cli.USAGE;
            }
            Collection filled = secrets.fill(collectionFile, read.get());
            Collection changed = filled.withEnvironments(replaced(filled.environments(), environment));
            Collection stripped = secrets.split(collectionFile, changed);
            if (!CollectionFileIo.write(collectionFile, CollectionJson.write(stripped), null, err)) {
                return Cli.USAGE;
            }
            err.println("courier: imported environment \"" + environment.name() + "\" into " + collectionFile);
            return Cli.OK;
        } catch (IOException e) {
            err.println("courier: " + e.getMessage());
            return Cli.USAGE;
        }
    }

    private List<Environment> replaced(List<Environment> environments, Environment imported) {
        List<Environment> out = new ArrayList<>();
        boolean replaced = false;
        for (Environment e : environments) {
            if (e.name().equals(imported.name())) {
                out.add(imported);
                replaced = true;
            } else {
                out.add(e);
            }
        }
        if (replaced) {
            err.println("note: the environment \"" + imported.name() + "\" that was there is replaced");
        } else {
            out.add(imported);
        }
        return out;
    }
}
