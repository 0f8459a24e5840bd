package dev.courier.core.proxy;

import dev.courier.core.model.ProxySetting;
import dev.courier.core.url.PercentCoding;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a proxy written as curl and {@code http_proxy} write it: {@code [http://][user:password@]host[:port]}. */
public final class ProxyUrl {

    /** curl's default proxy port. */
    public static final int DEFAULT_PORT = 1080;

    private static final Pattern FORM = Pattern.compile(
            "^(?:([A-Za-z][A-Za-z0-9+.-]*)://)?(?:([^@/]*)@)?(\\[[^]/]*]|[^:/?#\\[]+)(?::(\\d*))?/?$");

    private ProxyUrl() {
    }

    /**
     * The proxy the text names; user name and password are percent-decoded.
     *
     * @throws IllegalArgumentException with a readable message when the text is not an HTTP proxy
     */
    public static ProxySetting.Manual parse(String text, List<String> bypass) {
        String t = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a proxy address: \"" + t + "\" (expected http://host:port)");
        }
        String scheme = m.group(1) == null ? "http" : m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException("Courier speaks to proxies in plain HTTP; \"" + scheme
                    + "://\" proxies are not supported");
        }
        int port = DEFAULT_PORT;
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            port = Integer.parseInt(m.group(4).length() > 5 ? "0" : m.group(4));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Proxy port out of range (1-65535): " + m.group(4));
            }
        }
        String user = "";
        String password = "";
        if (m.group(2) != null) {
            int colon = m.group(2).indexOf(':');
            user = PercentCoding.decode(colon < 0 ? m.group(2) : m.group(2).substring(0, colon));
            password = colon < 0 ? "" : PercentCoding.decode(m.group(2).substring(colon + 1));
        }
        String host = m.group(3);
        return new ProxySetting.Manual(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port, user,
                password, bypass);
    }
}
