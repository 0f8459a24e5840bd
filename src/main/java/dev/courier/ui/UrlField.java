package dev.courier.ui;

import java.util.function.Predicate;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;

/** The URL field: pasting a curl command imports it instead of pasting its text. */
final class UrlField extends TextField {

    private Predicate<String> pasteInterceptor = text -> false;

    /** Called with pasted text; returns true when it took the text (the field then pastes nothing). */
    void setPasteInterceptor(Predicate<String> interceptor) {
        this.pasteInterceptor = interceptor;
    }

    @Override
    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null && pasteInterceptor.test(text)) {
            return;
        }
        super.paste();
    }
}
