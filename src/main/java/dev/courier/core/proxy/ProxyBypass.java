package dev.courier.core.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hosts that are reached without the proxy, as in {@code no_proxy}: {@code *} (all), {@code example.com} or
 * {@code .example.com} (that domain and its subdomains), {@code *.example.com} (subdomains only), an IP address,
 * or a CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}). A {@code :port} after an entry is ignored, as curl does.
 *
 * @param entries the entries, trimmed and lower-case
 */
public record ProxyBypass(List<String> entries) {

    public static final ProxyBypass NONE = new ProxyBypass(List.of());

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public ProxyBypass {
        List<String> clean = new ArrayList<>();
        for (String entry : entries) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            if (!e.isEmpty()) {
                clean.add(e);
            }
        }
        entries = List.copyOf(clean);
    }

    /** Reads a {@code no_proxy} value: entries separated by commas or white space. */
    public static ProxyBypass parse(String list) {
        return new ProxyBypass(list == null ? List.of() : List.of(list.split("[,\\s]+")));
    }

    /** Whether a request to {@code host} goes directly. */
    public boolean matches(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = unbracket(host.toLowerCase(Locale.ROOT));
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String entry : entries) {
            if (matches(entry, h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String entry, String host) {
        if (entry.equals("*")) {
            return true;
        }
        if (entry.contains("/")) {
            return inBlock(entry, host);
        }
        String name = unbracket(withoutPort(entry));
        if (name.startsWith("*.")) {
            return host.endsWith(name.substring(1));
        }
        if (name.startsWith(".")) {
            name = name.substring(1);
        }
        return host.equals(name) || (!isAddress(host) && host.endsWith("." + name));
    }

    private static boolean inBlock(String cidr, String host) {
        int slash = cidr.indexOf('/');
        String network = unbracket(cidr.substring(0, slash));
        if (!isAddress(host) || !isAddress(network)) {
            return false;
        }
        try {
            byte[] block = InetAddress.getByName(network).getAddress(); // literals only: never a DNS lookup
            byte[] address = InetAddress.getByName(host).getAddress();
            int bits = Integer.parseInt(cidr.substring(slash + 1));
            if (block.length != address.length || bits < 0 || bits > block.length * 8) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((block[i / 8] & mask) != (address[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean isAddress(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }

    private static String withoutPort(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            return close < 0 ? entry : entry.substring(0, close + 1);
        }
        int colon = entry.indexOf(':');
        return colon >= 0 && entry.indexOf(':', colon + 1) < 0 ? entry.substring(0, colon) : entry;
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
