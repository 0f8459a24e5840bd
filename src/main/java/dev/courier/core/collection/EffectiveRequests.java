package dev.courier.core.collection;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * The request that is actually sent for a saved request, after the defaults of its collection and folders.
 * Precedence, from the outside in (collection, each folder from the top down, the request):
 * <ul>
 *   <li>Base URL: each level's base URL extends the one above it when it is relative (has no scheme) and
 *       replaces it when absolute. A request URL with a scheme, or starting with {@code {{}, is used as it is;
 *       otherwise it is appended to the effective base URL with exactly one {@code /} between them (a URL that
 *       is empty or starts with {@code ?} or {@code #} is appended as it is). Without a base URL the request
 *       URL is used as typed.</li>
 *   <li>Headers: inherited headers come first, outermost first; a header at a deeper level replaces every
 *       inherited header of the same name (ignoring case), and a disabled one so switches the inherited one
 *       off.</li>
 *   <li>Auth: the innermost level whose auth is not none wins; a level with none and {@code inheritAuth}
 *       false cuts the chain, so the request is sent without auth.</li>
 *   <li>Method, body, settings, query rows, path variables and variables are the request's own.</li>
 * </ul>
 */
public final class EffectiveRequests {

    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    /** A request in tree order, where it sits and what is sent for it. */
    public record Resolved(List<Folder> folders, RequestItem item, RequestSpec effective) {
    }

    private EffectiveRequests() {
    }

    /** The effective request of the request with this id. */
    public static RequestSpec resolve(Collection collection, String requestId) {
        if (!(CollectionTree.find(collection, requestId).orElse(null) instanceof RequestItem item)) {
            throw new NoSuchElementException("no request with id \"" + requestId + "\"");
        }
        return resolve(collection, CollectionTree.ancestors(collection, requestId), item);
    }

    /** The effective request of {@code item}, which sits in {@code folders} (outermost first). */
    public static RequestSpec resolve(Collection collection, List<Folder> folders, RequestItem item) {
        Defaults top = collection.defaults();
        String base = top.baseUrl();
        List<Header> headers = new ArrayList<>(top.headers());
        Auth auth = top.auth();
        for (Folder folder : folders) {
            base = combineUrl(base, folder.defaults().baseUrl());
            headers = override(headers, folder.defaults().headers());
            auth = inherit(auth, folder.defaults().auth(), folder.inheritAuth());
        }
        RequestSpec own = item.request();
        // with* keeps what the request has beyond these (query rows, path variables, its variables)
        return own.withUrl(combineUrl(base, own.url())).withHeaders(override(headers, own.headers()))
                .withAuth(inherit(auth, own.auth(), item.inheritAuth()));
    }

    /** Every request of the collection in tree order, resolved. */
    public static List<Resolved> all(Collection collection) {
        List<Resolved> out = new ArrayList<>();
        walk(collection, collection.items(), new ArrayList<>(), out);
        return out;
    }

    /** Every request inside {@code folder} (at any depth) in tree order, resolved. */
    public static List<Resolved> inFolder(Collection collection, Folder folder) {
        List<Folder> path = new ArrayList<>(CollectionTree.ancestors(collection, folder.id()));
        path.add(folder);
        List<Resolved> out = new ArrayList<>();
        walk(collection, folder.items(), path, out);
        return out;
    }

    /** {@code url} against {@code base}, by the rule in this class's description. */
    public static String combineUrl(String base, String url) {
        if (base.isEmpty() || HAS_SCHEME.matcher(url).matches() || url.startsWith("{{")) {
            return url;
        }
        if (url.isEmpty() || url.startsWith("?") || url.startsWith("#")) {
            return base + url;
        }
        return base.replaceAll("/+$", "") + "/" + url.replaceAll("^/+", "");
    }

    private static List<Header> override(List<Header> inherited, List<Header> own) {
        List<Header> merged = new ArrayList<>();
        for (Header header : inherited) {
            if (own.stream().noneMatch(o -> o.hasName(header.name().trim()))) {
                merged.add(header);
            }
        }
        merged.addAll(own);
        return merged;
    }

    private static Auth inherit(Auth inherited, Auth own, boolean inheritAuth) {
        if (!(own instanceof Auth.None)) {
            return own;
        }
        return inheritAuth ? inherited : Auth.NONE;
    }

    private static void walk(Collection collection, List<Node> items, List<Folder> path, List<Resolved> out) {
        for (Node node : items) {
            if (node instanceof Folder folder) {
                path.add(folder);
                walk(collection, folder.items(), path, out);
                path.remove(path.size() - 1);
            } else if (node instanceof RequestItem item) {
                out.add(new Resolved(List.copyOf(path), item, resolve(collection, path, item)));
            }
        }
    }
}
