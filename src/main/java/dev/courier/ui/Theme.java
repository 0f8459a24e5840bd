package dev.courier.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/** Light or dark: the AtlantaFX Primer theme plus a pseudo-class app.css keys its own colours on. */
public final class Theme {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private Theme() {
    }

    public static void apply(Parent root, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.pseudoClassStateChanged(DARK, dark);
    }

    public static boolean isDark(Parent root) {
        return root.getPseudoClassStates().contains(DARK);
    }
}
