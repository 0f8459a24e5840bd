package dev.courier.io.vars;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.Globals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Every list of variables in a collection or in the globals, named by the scope its secrets are stored under:
 * {@code collection}, {@code environment NAME}, {@code folder ID}, {@code request ID} (for a collection) and
 * {@code variables}, {@code environment NAME} (for the globals). Ids and environment names are unique, so no two
 * lists share a scope.
 */
final class SecretScopes {

    static final String GLOBAL_VARIABLES = "variables";
    static final String COLLECTION_VARIABLES = "collection";

    private SecretScopes() {
    }

    static String environment(String name) {
        return "environment " + name;
    }

    /** The collection with {@code change(scope, variables)} applied to each of its variable lists. */
    static Collection map(Collection c, BiFunction<String, List<Variable>, List<Variable>> change) {
        return c.withVariables(change.apply(COLLECTION_VARIABLES, c.variables()))
                .withEnvironments(environments(c.environments(), change))
                .withItems(nodes(c.items(), change));
    }

    /** The globals with {@code change(scope, variables)} applied to each of their variable lists. */
    static Globals map(Globals g, BiFunction<String, List<Variable>, List<Variable>> change) {
        return new Globals(change.apply(GLOBAL_VARIABLES, g.variables()), environments(g.environments(), change));
    }

    private static List<Environment> environments(List<Environment> environments,
                                                  BiFunction<String, List<Variable>, List<Variable>> change) {
        return environments.stream().map(e -> e.withVariables(change.apply(environment(e.name()), e.variables())))
                .toList();
    }

    private static List<Node> nodes(List<Node> items, BiFunction<String, List<Variable>, List<Variable>> change) {
        List<Node> out = new ArrayList<>(items.size());
        for (Node node : items) {
            if (node instanceof Folder folder) {
                out.add(folder.withVariables(change.apply("folder " + folder.id(), folder.variables()))
                        .withItems(nodes(folder.items(), change)));
            } else if (node instanceof RequestItem item) {
                List<Variable> own = change.apply("request " + item.id(), item.request().variables());
                out.add(item.withRequest(item.request().withVariables(own)));
            }
        }
        return out;
    }
}
