package dev.courier.cli;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.EffectiveRequests;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.TransportFailure;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.vars.Resolution;
import dev.courier.core.vars.SecretValues;
import dev.courier.core.vars.VariableContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code courier run}: sends every request of a collection (or folder) in order, one line each, then a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Send every request of a collection in tree order, as the window would send it (base URLs,",
                "default headers and auth applied, {{variables}} resolved: --var, request, folders, collection,",
                "--env environment, global variables; secret values from the secret store).",
                "Prints 'METHOD URL STATUS TIME' per request (secret values masked) and a summary.",
                "Exit code 1 when any request got no response or a 5xx status, 2 for bad usage,",
                "3 when {{variables}} have no value (then nothing is sent, unless --allow-unresolved)."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The collection (.courier.json)")
    private Path file;

    @Option(names = "--folder", paramLabel = "NAME", description = "Only the requests in this folder (name or id; "
            + "the first match in tree order)")
    private String folder;

    @Mixin
    private VariableOptions variables = new VariableOptions();

    private final HttpEngine engine;
    private final PrintStream out;
    private final PrintStream err;

    RunCommand(HttpEngine engine, PrintStream out, PrintStream err, Path home) {
        this.engine = engine;
        this.out = out;
        this.err = err;
        variables.home(home);
    }

    @Override
    public Integer call() {
        Optional<Collection> read = CollectionFileIo.readCollection(file, err);
        if (read.isEmpty()) {
            return Cli.USAGE;
        }
        Optional<VariableContext> context = variables.context(read.get(), file, err);
        if (context.isEmpty()) {
            return Cli.USAGE;
        }
        Collection collection = context.get().collection();
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
        if (!variables.allowUnresolved()) {
            Set<String> unresolved = new LinkedHashSet<>();
            for (EffectiveRequests.Resolved resolved : requests) {
                Resolution<RequestSpec> resolution = resolve(context.get(), resolved);
                variables.accept(resolution, resolved.item().name(), err);
                unresolved.addAll(resolution.unresolved());
            }
            if (!unresolved.isEmpty()) {
                Resolution<String> all = new Resolution<>("", List.copyOf(unresolved), Set.of());
                err.println("courier: " + all.unresolvedMessage() + "; nothing was sent (give values with --var or "
                        + "--env, or send anyway with --allow-unresolved)");
                return Cli.UNRESOLVED_VARIABLES;
            }
        }
        return run(requests, context.get());
    }

    /** The request as sent: resolved just before sending, so dynamic values such as $timestamp are fresh. */
    private static Resolution<RequestSpec> resolve(VariableContext context, EffectiveRequests.Resolved resolved) {
        RequestItem item = resolved.item();
        return context.forRequest(item.id(), item.request()).resolve(resolved.effective());
    }

    private int run(List<EffectiveRequests.Resolved> requests, VariableContext context) {
        Path directory = file.toAbsolutePath().getParent();
        int succeeded = 0;
        int transportFailures = 0;
        int serverErrors = 0;
        long totalMillis = 0;
        for (EffectiveRequests.Resolved resolved : requests) {
            Resolution<RequestSpec> resolution = resolve(context, resolved);
            if (variables.allowUnresolved()) {
                variables.accept(resolution, resolved.item().name(), err);
            }
            RequestSpec spec = filesRelativeTo(resolution.value(), directory);
            String line = SecretValues.mask(spec.method() + " " + spec.url(), resolution.secretValues());
            try {
                Exchange exchange = engine.send(spec).join();
                exchange.body().close(); // only the status is printed: a large body's temporary file goes now
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
                out.println(line + " failed: " + SecretValues.mask(reason, resolution.secretValues()));
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
