package dev.courier.core.collection;

import dev.courier.core.model.RequestSpec;
import java.util.Objects;

/**
 * A saved request: its name, a description and the request as composed (URL possibly relative to a base URL).
 *
 * @param inheritAuth when the request's own auth is none: true takes the folder's or collection's auth, false
 *                    sends none
 */
public record RequestItem(String id, String name, String description, RequestSpec request, boolean inheritAuth)
        implements Node {

    public RequestItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(request, "request");
    }

    /** A request without description that inherits auth. */
    public static RequestItem of(String id, String name, RequestSpec request) {
        return new RequestItem(id, name, "", request, true);
    }

    @Override
    public RequestItem withName(String newName) {
        return new RequestItem(id, newName, description, request, inheritAuth);
    }

    @Override
    public RequestItem withId(String newId) {
        return new RequestItem(newId, name, description, request, inheritAuth);
    }

    public RequestItem withRequest(RequestSpec newRequest) {
        return new RequestItem(id, name, description, newRequest, inheritAuth);
    }

    public RequestItem withDescription(String newDescription) {
        return new RequestItem(id, name, newDescription, request, inheritAuth);
    }

    public RequestItem withInheritAuth(boolean inherit) {
        return new RequestItem(id, name, description, request, inherit);
    }
}
