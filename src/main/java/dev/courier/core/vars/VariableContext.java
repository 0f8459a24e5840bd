package dev.courier.core.vars;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.EffectiveRequests;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Environment;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * Everything variables can come from while working in one collection (or in none): the collection, the active
 * environment, the global variables, values given for one run, and the dynamic values. Builds the
 * {@link VariableResolver} for any place in the tree and resolves a saved request as it is sent. Pure and
 * immutable: a view model makes a new one when the collection, environment or globals change, and can resolve on
 * any thread.
 */
public final class VariableContext {

    private final Collection collection;
    private final Environment environment;
    private final List<Variable> globals;
    private final List<Variable> overrides;
    private final DynamicValues dynamic;

    private VariableContext(Collection collection, Environment environment, List<Variable> globals,
                            List<Variable> overrides, DynamicValues dynamic) {
        this.collection = collection;
        this.environment = environment;
        this.globals = List.copyOf(globals);
        this.overrides = List.copyOf(overrides);
        this.dynamic = Objects.requireNonNull(dynamic, "dynamic");
    }

    /**
     * The context of a collection with an active environment and the global variables.
     *
     * @param collection  null for requests outside any collection
     * @param environment the active environment, or null for none
     */
    public static VariableContext of(Collection collection, Environment environment, List<Variable> globals) {
        return new VariableContext(collection, environment, globals, List.of(), DynamicValues.system());
    }

    /**
     * The same context with values that win over every level (e.g. {@code --var} on the command line). A value
     * given for a name that is secret anywhere in the context is secret too, so it is masked like the one it
     * replaces.
     */
    public VariableContext withOverrides(List<Variable> values) {
        Set<String> secret = secretNames();
        List<Variable> marked = values.stream().map(v -> secret.contains(v.name()) ? v.withSecret(true) : v)
                .toList();
        return new VariableContext(collection, environment, globals, marked, dynamic);
    }

    /** The names of the secret variables anywhere in this context: the collection's tree, environment, globals. */
    public Set<String> secretNames() {
        Set<String> names = new HashSet<>();
        addSecretNames(globals, names);
        if (environment != null) {
            addSecretNames(environment.variables(), names);
        }
        if (collection != null) {
            addSecretNames(collection.variables(), names);
            addSecretNamesInTree(collection.items(), names);
        }
        return names;
    }

    /** The collection (with the secret values it was given), or null outside collections. */
    public Collection collection() {
        return collection;
    }

    /** The active environment, or null for none. */
    public Environment environment() {
        return environment;
    }

    /** The same context with other dynamic values (tests pin the clock and randomness). */
    public VariableContext withDynamic(DynamicValues values) {
        return new VariableContext(collection, environment, globals, overrides, values);
    }

    /**
     * The resolver for the saved request {@code requestId} while it is edited as {@code edited}: its variables,
     * its folders from the innermost out, the collection, the environment, the globals.
     */
    public VariableResolver forRequest(String requestId, RequestSpec edited) {
        List<Folder> folders = CollectionTree.ancestors(requireCollection(), requestId);
        return resolver(edited.variables(), folders);
    }

    /** The resolver for a folder's own fields (its base URL, headers and auth): the folder and those above it. */
    public VariableResolver forFolder(String folderId) {
        Collection c = requireCollection();
        if (!(CollectionTree.find(c, folderId).orElse(null) instanceof Folder folder)) {
            throw new NoSuchElementException("no folder with id \"" + folderId + "\"");
        }
        List<Folder> folders = new ArrayList<>(CollectionTree.ancestors(c, folderId));
        folders.add(folder);
        return resolver(List.of(), folders);
    }

    /** The resolver for the collection's own fields, or for a request outside any collection without variables. */
    public VariableResolver forCollection() {
        return resolver(List.of(), List.of());
    }

    /** The resolver for a request outside any collection (or not yet saved in it): its variables and outwards. */
    public VariableResolver forScratch(RequestSpec request) {
        return resolver(request.variables(), List.of());
    }

    /**
     * The saved request {@code requestId}, edited as {@code edited}, as it is sent: the collection's and folders'
     * defaults applied ({@link EffectiveRequests}), then its variables resolved.
     */
    public Resolution<RequestSpec> resolveSaved(String requestId, RequestSpec edited) {
        Collection c = requireCollection();
        if (!(CollectionTree.find(c, requestId).orElse(null) instanceof RequestItem item)) {
            throw new NoSuchElementException("no request with id \"" + requestId + "\"");
        }
        List<Folder> folders = CollectionTree.ancestors(c, requestId);
        RequestSpec effective = EffectiveRequests.resolve(c, folders, item.withRequest(edited));
        return resolver(edited.variables(), folders).resolve(effective);
    }

    /** A request outside any collection as it is sent. */
    public Resolution<RequestSpec> resolveScratch(RequestSpec request) {
        return forScratch(request).resolve(request);
    }

    private VariableResolver resolver(List<Variable> requestVariables, List<Folder> outermostFirst) {
        List<VariableScope> scopes = new ArrayList<>();
        if (!overrides.isEmpty()) {
            scopes.add(VariableScope.overrides(overrides));
        }
        scopes.add(VariableScope.request(requestVariables));
        for (int i = outermostFirst.size() - 1; i >= 0; i--) {
            scopes.add(VariableScope.folder(outermostFirst.get(i)));
        }
        if (collection != null) {
            scopes.add(VariableScope.collection(collection.variables()));
        }
        if (environment != null) {
            scopes.add(VariableScope.environment(environment));
        }
        scopes.add(VariableScope.global(globals));
        return new VariableResolver(scopes, dynamic);
    }

    private static void addSecretNamesInTree(List<Node> items, Set<String> names) {
        for (Node node : items) {
            if (node instanceof Folder folder) {
                addSecretNames(folder.variables(), names);
                addSecretNamesInTree(folder.items(), names);
            } else if (node instanceof RequestItem item) {
                addSecretNames(item.request().variables(), names);
            }
        }
    }

    private static void addSecretNames(List<Variable> variables, Set<String> names) {
        variables.stream().filter(Variable::secret).forEach(v -> names.add(v.name()));
    }

    private Collection requireCollection() {
        if (collection == null) {
            throw new IllegalStateException("this context has no collection");
        }
        return collection;
    }
}
