package dev.courier.cli;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionVariable;
import dev.courier.core.collection.EffectiveRequests;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.VariableSubstitution;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.TransportFailure;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code courier run}: sends every request of a collection (or folder) in order, one line each, then a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Send every request of a collection in tree order, as the window would send it (base URLs,",
                "default headers and auth applied, {{variables}} replaced by the collection's variables and --var).",
                "Prints 'METHOD URL STATUS TIME' per request and a summary.",
                "Exit code 1 when any request got no response or a 5xx status, 2 for bad usage."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The collection (.courier.json)")
    private Path file;

    @Option(names = "--folder", paramLabel = "NAME", description = "Only the requests in this folder (name or id; "
            + "the first match in tree order)")
    private String folder;

    @Option(names = "--env", paramLabel = "NAME", description = "Environment to use (not supported yet)")
    private String environment;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Give a variable a value, e.g. a secret "
            + "the collection file does not hold; repeatable")
    private Map<String, String> variables = new LinkedHashMap<>();

    private final HttpEngine engine;
    private final PrintStream out;
    private final PrintStream err;

    RunCommand(HttpEngine engine, PrintStream out, PrintStream err) {
        this.engine = engine;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (environment != null) {
            err.println("courier: --env is not supported yet (environments come in a later version); the "
                    + "collection's variables and --var NAME=VALUE are applied");
            return Cli.USAGE;
        }
        Optional<Collection> read = CollectionFileIo.readCollection(file, err);
        if (read.isEmpty()) {
            return Cli.USAGE;
        }
        Collection collection = read.get();
        List<EffectiveRequests.Resolved> requests;
        if (folder == null) {
            requests = EffectiveRequests.all(collection);
        } else {
            Optional<Folder> chosen = findFolder(collection.items(), folder);
            if (chosen.isEmpty()) {
                err.println("courier: no folder named \"" + folder + "\" in " + file);
                return Cli.USAGE;
            }
            requests = EffectiveRequests.inFolder(collection, chosen.get());
        }
        return run(requests, withGivenValues(collection.variables()));
    }

    private int run(List<EffectiveRequests.Resolved> requests, List<CollectionVariable> values) {
        Path directory = file.toAbsolutePath().getParent();
        int succeeded = 0;
        int transportFailures = 0;
        int serverErrors = 0;
        long totalMillis = 0;
        for (EffectiveRequests.Resolved resolved : requests) {
            VariableSubstitution.Result substituted = VariableSubstitution.apply(resolved.effective(), values);
            for (String name : substituted.unresolved()) {
                err.println("warning: " + resolved.item().name() + ": no value for {{" + name + "}}");
            }
            RequestSpec spec = filesRelativeTo(substituted.request(), directory);
            String line = spec.method() + " " + spec.url();
            try {
                Exchange exchange = engine.send(spec).join();
                long millis = exchange.total().toMillis();
                totalMillis += millis;
                out.println(line + " " + exchange.status() + " " + millis + " ms");
                if (exchange.status() >= 500) {
                    serverErrors++;
                } else {
                    succeeded++;
                }
            } catch (CompletionException e) {
                transportFailures++;
                String reason = e.getCause() instanceof TransportFailure failure ? failure.getMessage()
                        : String.valueOf(e.getCause());
                out.println(line + " failed: " + reason);
            }
        }
        out.println(summary(requests.size(), succeeded, transportFailures, serverErrors, totalMillis));
        out.flush();
        return transportFailures + serverErrors > 0 ? Cli.TRANSPORT_FAILURE : Cli.OK;
    }

    private static String summary(int total, int succeeded, int transportFailures, int serverErrors, long millis) {
        return total + " request" + (total == 1 ? "" : "s") + ": " + succeeded + " succeeded, "
                + transportFailures + " without response, " + serverErrors + " with a 5xx status (" + millis
                + " ms)";
    }

    /** The collection's variables, with --var values replacing or adding to them. */
    private List<CollectionVariable> withGivenValues(List<CollectionVariable> fromFile) {
        List<CollectionVariable> merged = new ArrayList<>();
        for (CollectionVariable v : fromFile) {
            if (!variables.containsKey(v.name())) {
                merged.add(v);
            }
        }
        variables.forEach((name, value) -> merged.add(CollectionVariable.of(name, value)));
        return merged;
    }

    private static Optional<Folder> findFolder(List<Node> items, String nameOrId) {
        for (Node node : items) {
            if (node instanceof Folder f) {
                if (f.name().equals(nameOrId) || f.id().equals(nameOrId)) {
                    return Optional.of(f);
                }
                Optional<Folder> inside = findFolder(f.items(), nameOrId);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    /** Relative file paths in a collection mean "next to the collection file", wherever it is run from. */
    static RequestSpec filesRelativeTo(RequestSpec spec, Path directory) {
        Body body = spec.body();
        if (body instanceof Body.Binary binary) {
            return spec.withBody(new Body.Binary(directory.resolve(binary.file()), binary.contentType()));
        }
        if (body instanceof Body.Multipart multipart) {
            List<Part> parts = new ArrayList<>();
            for (Part p : multipart.parts()) {
                parts.add(p instanceof Part.FilePart f ? new Part.FilePart(f.name(), directory.resolve(f.file()),
                        f.filename(), f.contentType(), f.enabled()) : p);
            }
            return spec.withBody(new Body.Multipart(parts));
        }
        return spec;
    }
}
