package dev.courier.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Courier's own version, as the build stamped it. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String current() {
        return VERSION;
    }

    /** The User-Agent Courier sends when the request sets none. */
    public static String userAgent() {
        return "Courier/" + VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/courier/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
