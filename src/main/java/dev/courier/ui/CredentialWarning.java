package dev.courier.ui;

import dev.courier.core.http.InsecureCredentials;
import dev.courier.core.model.Body;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.vars.Resolution;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The warning above a form whose credentials, variables resolved, would go over plain http to another machine
 * (unless the user said not to warn again for that host). Recomputed on the UI thread as the form changes.
 */
final class CredentialWarning {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Supplier<RequestSpec> form;
    private final Supplier<Function<RequestSpec, Resolution<RequestSpec>>> preparation;
    private Supplier<Set<String>> dismissedHosts = Set::of;

    CredentialWarning(Supplier<RequestSpec> form,
                      Supplier<Function<RequestSpec, Resolution<RequestSpec>>> preparation) {
        this.form = form;
        this.preparation = preparation;
    }

    void refresh() {
        // Without the body: resolving a large body on every keystroke in the URL would cost more than the warning.
        Resolution<RequestSpec> sent = preparation.get().apply(form.get().withBody(Body.NONE));
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
