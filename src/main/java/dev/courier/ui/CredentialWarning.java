package dev.courier.ui;

import dev.courier.core.http.InsecureCredentials;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.vars.Resolution;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The warning above a form whose credentials, variables resolved, would go over plain http to another machine
 * (unless the user said not to warn again for that host). Recomputed on the UI thread as the form changes.
 */
final class CredentialWarning {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Supplier<Resolution<RequestSpec>> withoutBody;
    private Supplier<Set<String>> dismissedHosts = Set::of;

    /** @param withoutBody the form as it would be sent, without its body (resolving a large one would cost more) */
    CredentialWarning(Supplier<Resolution<RequestSpec>> withoutBody) {
        this.withoutBody = withoutBody;
    }

    void refresh() {
        Resolution<RequestSpec> sent = withoutBody.get();
        message.set(InsecureCredentials.check(sent.value(), sent.secretValues(), false, dismissedHosts.get())
                .map(InsecureCredentials.Warning::message).orElse(""));
    }

    void setDismissedHosts(Supplier<Set<String>> hosts) {
        this.dismissedHosts = hosts;
        refresh();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
