package dev.courier.core.http;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.proxy.ProxyPlan;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK clients the engine sends with, one per combination of the settings a client fixes (timeouts, redirects,
 * version, TLS trust, proxy plan, cookie jar). Requests with equal settings share a client and its connections.
 */
final class HttpClients {

    /** Everything a JDK client is built with. The jar compares by identity: one client per jar. */
    record Key(Duration connectTimeout, boolean followRedirects, HttpClient.Version version, boolean verifyTls,
               Optional<Path> caFile, ProxyPlan proxy, CookieJar jar, boolean sendCookies) {
    }

    private final Map<Key, HttpClient> clients = new ConcurrentHashMap<>();
    private final TlsContexts tls = new TlsContexts();

    /**
     * The client for {@code key}, built the first time.
     *
     * @throws IOException when the CA file cannot be read
     */
    HttpClient client(Key key) throws IOException {
        HttpClient client = clients.get(key);
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(key.connectTimeout())
                    .followRedirects(key.followRedirects() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                    .version(key.version())
                    .sslContext(tls.context(key.verifyTls(), key.caFile()))
                    .proxy(new ProxyRoutes(key.proxy()))
                    .cookieHandler(new JarCookieHandler(key.jar(), key.sendCookies()))
                    .build();
            HttpClient raced = clients.putIfAbsent(key, client);
            client = raced != null ? raced : client;
        }
        return client;
    }
}
