package dev.courier.bench;

import dev.courier.core.http.HttpEngine;
import dev.courier.io.cookies.CookieJars;
import dev.courier.ui.settings.NetworkViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/** What a benchmark's window needs besides its request: network settings in a throwaway directory. */
final class BenchWindows {

    private BenchWindows() {
    }

    static NetworkViewModel network(Executor background, Executor ui) {
        try {
            Path home = Files.createTempDirectory("courier-bench");
            return new NetworkViewModel(new HttpEngine(), new CookieJars(home.resolve("cookies")),
                    home.resolve("preferences.json"), background, ui);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
