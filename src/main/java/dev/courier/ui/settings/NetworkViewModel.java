package dev.courier.ui.settings;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.NetworkPreferences;
import dev.courier.io.cookies.CookieJars;
import dev.courier.io.settings.NetworkPreferencesFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The application's network state: proxy and CA-file preferences (stored in the data directory) and the cookie jar
 * of requests outside collections. Loaded off the UI thread after the window shows; until then the engine sends
 * with the system proxy and an empty jar.
 */
public final class NetworkViewModel {

    private final HttpEngine engine;
    private final CookieJars jars;
    private final Path preferencesFile;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public NetworkViewModel(HttpEngine engine, CookieJars jars, Path preferencesFile, Executor background,
                            Executor ui) {
        this.engine = engine;
        this.jars = jars;
        this.preferencesFile = preferencesFile;
        this.background = background;
        this.ui = ui;
    }

    /** Reads the stored preferences and cookies into the engine, off the UI thread. */
    public void load() {
        background.execute(() -> {
            jars.adopt(CookieJars.UNSAVED, engine.cookieJar());
            String cookieProblem = jars.problem(CookieJars.UNSAVED).map(p -> "Cookies not loaded: " + p).orElse("");
            String message = cookieProblem;
            try {
                engine.setPreferences(NetworkPreferencesFile.read(preferencesFile, System.getenv()));
            } catch (IOException e) {
                message = "Network preferences not loaded (the file is kept as it is): " + e.getMessage();
            }
            String shown = message;
            ui.execute(() -> problem.set(shown));
        });
    }

    public NetworkPreferences preferences() {
        return engine.preferences();
    }

    /** Applies new preferences now and stores them off the UI thread. */
    public void save(NetworkPreferences preferences) {
        engine.setPreferences(preferences);
        background.execute(() -> {
            try {
                NetworkPreferencesFile.write(preferencesFile, preferences);
            } catch (IOException e) {
                ui.execute(() -> problem.set("Network preferences not saved: " + e.getMessage()));
            }
        });
    }

    /** The jar of requests that belong to no collection. */
    public CookieJar cookieJar() {
        return engine.cookieJar();
    }

    /** Why stored settings could not be used, if they could not; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
