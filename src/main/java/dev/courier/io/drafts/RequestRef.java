package dev.courier.io.drafts;

import java.util.Objects;

/** Where a tab's request is saved: a collection file and the request's id in it. */
public record RequestRef(String collectionFile, String requestId) {

    public RequestRef {
        Objects.requireNonNull(collectionFile, "collectionFile");
        Objects.requireNonNull(requestId, "requestId");
    }
}
