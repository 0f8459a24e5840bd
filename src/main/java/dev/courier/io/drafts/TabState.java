package dev.courier.io.drafts;

import dev.courier.core.model.RequestSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * One open tab: which saved request it edits (none for a new, unsaved request), the request as edited now, the
 * body editor's extra state, whether it differs from what is saved, and its last response.
 */
public record TabState(String tabId, Optional<RequestRef> origin, String title, RequestSpec request,
                       BodyDrafts bodyDrafts, boolean dirty, Optional<ResponseSnapshot> lastResponse) {

    public TabState {
        Objects.requireNonNull(tabId, "tabId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(bodyDrafts, "bodyDrafts");
        Objects.requireNonNull(lastResponse, "lastResponse");
    }

    public TabState withRequest(RequestSpec edited, boolean isDirty) {
        return new TabState(tabId, origin, title, edited, bodyDrafts, isDirty, lastResponse);
    }

    public TabState withResponse(ResponseSnapshot response) {
        return new TabState(tabId, origin, title, request, bodyDrafts, dirty, Optional.of(response));
    }
}
