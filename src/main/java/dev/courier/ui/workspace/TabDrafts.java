package dev.courier.ui.workspace;

import dev.courier.io.drafts.BodyDrafts;
import dev.courier.io.drafts.TabState;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.body.BodyType;
import dev.courier.ui.body.BodyViewModel;
import java.util.Locale;
import java.util.Optional;

/** A tab as the drafts journal keeps it, and back: the request as edited plus every body type's state. */
final class TabDrafts {

    private TabDrafts() {
    }

    static TabState state(TabViewModel tab) {
        RequestViewModel.FormState form = tab.request().snapshot();
        BodyViewModel.State body = form.body();
        BodyDrafts drafts = new BodyDrafts(body.type().name().toLowerCase(Locale.ROOT), body.text(), body.form(),
                body.parts(), body.binaryFile());
        String title = tab.origin().isPresent() ? tab.nameProperty().get() : tab.titleProperty().get();
        return new TabState(tab.id(), tab.origin(), title, tab.request().toSpec(), drafts, tab.isDirty(),
                Optional.ofNullable(tab.lastResponseProperty().get()));
    }

    /** Puts a journaled tab into a fresh tab: its request, body drafts, origin, dirtiness and last response. */
    static void restore(TabViewModel tab, TabState state) {
        tab.request().load(state.request(), body(state.bodyDrafts()));
        state.origin().ifPresent(ref -> tab.restoreOrigin(ref, state.title()));
        if (state.dirty()) {
            tab.markUnsaved();
        } else {
            tab.markSaved();
        }
        state.lastResponse().ifPresent(tab::showResponse);
    }

    static BodyViewModel.State body(BodyDrafts drafts) {
        BodyType type;
        try {
            type = BodyType.valueOf(drafts.selectedType().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            type = BodyType.NONE; // a type a later version of Courier wrote
        }
        return new BodyViewModel.State(type, drafts.text(), drafts.formFields(), drafts.parts(), drafts.binaryFile());
    }
}
