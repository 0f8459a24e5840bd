package dev.courier.ui.settings;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.InvalidUrlException;
import dev.courier.core.http.NetworkPreferences;
import dev.courier.core.http.RequestUris;
import dev.courier.io.cookies.CookieJars;
import dev.courier.io.settings.InsecureHostsFile;
import dev.courier.io.settings.NetworkPreferencesFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
    private final InsecureHostsFile insecureHosts;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Set<String> dismissedHosts = Set.of();

    /** Keeps its files in {@code home}: preferences.json, cookies/ and http-warnings.json. */
    public NetworkViewModel(HttpEngine engine, Path home, Executor background, Executor ui) {
        this.engine = engine;
        this.jars = new CookieJars(home.resolve("cookies"));
        this.preferencesFile = home.resolve("preferences.json");
        this.insecureHosts = new InsecureHostsFile(home.resolve(InsecureHostsFile.FILE_NAME));
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
            Set<String> dismissed = Set.of();
            try {
                dismissed = insecureHosts.dismissed();
            } catch (IOException e) {
                message = (message.isEmpty() ? "" : message + " ") + "Dismissed http warnings not loaded: "
                        + e.getMessage();
            }
            String shown = message;
            Set<String> hosts = dismissed;
            ui.execute(() -> {
                problem.set(shown);
                dismissedHosts = hosts;
            });
        });
    }

    /** The hosts for which the user said not to warn again about credentials over plain http. */
    public Set<String> dismissedHosts() {
        return dismissedHosts;
    }

    /** Stops warning about credentials over plain http to {@code host}; remembered off the UI thread. */
    public void dismissWarning(String host) {
        Set<String> hosts = new HashSet<>(dismissedHosts);
        hosts.add(host);
        dismissedHosts = Set.copyOf(hosts);
        background.execute(() -> {
            try {
                insecureHosts.dismiss(host);
            } catch (IOException e) {
                ui.execute(() -> problem.set("The dismissed http warning was not saved: " + e.getMessage()));
            }
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

    /** A cookie jar and whose it is, for the cookie manager's title. */
    public record Jar(CookieJar cookies, String owner) {

        /** Whether the jar holds cookies that would go with a request to {@code url}. */
        public boolean hasCookiesFor(String url) {
            try {
                return !cookies.cookiesFor(RequestUris.parse(url)).isEmpty();
            } catch (InvalidUrlException e) {
                return false;
            }
        }
    }

    /**
     * The jar of a collection file's requests, or of unsaved requests. A collection's jar is read from disk the
     * first time: {@link #preload} it off the UI thread when the collection opens.
     */
    public Jar jar(Optional<Path> collectionFile) {
        return collectionFile.map(f -> new Jar(jars.jar(f.toAbsolutePath().toString()),
                        "Cookies of " + f.getFileName()))
                .orElseGet(() -> new Jar(engine.cookieJar(), "Cookies of unsaved requests"));
    }

    /** Where a collection's cookies are kept. */
    public Path jarFile(Path collectionFile) {
        return jars.file(collectionFile.toAbsolutePath().toString());
    }

    /** Reads a collection's jar off the UI thread, so that sending from it never waits for the disk. */
    public void preload(Path collectionFile) {
        background.execute(() -> jar(Optional.of(collectionFile)));
    }

    /** Why stored settings could not be used, if they could not; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
