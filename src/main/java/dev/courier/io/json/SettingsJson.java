package dev.courier.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.model.HttpVersionChoice;
import dev.courier.core.model.ProxySetting;
import dev.courier.core.model.RequestSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The {@code settings} object of Courier's request JSON, with its {@code proxy} (see docs/FORMAT.md). */
final class SettingsJson {

    private static final Set<String> KEYS = Set.of("connectTimeoutMs", "totalTimeoutMs", "followRedirects",
            "maxRedirects", "httpVersion", "verifyTls", "sendUserAgent", "decompress", "sendCookies", "proxy");
    private static final Set<String> MANUAL_PROXY_KEYS = Set.of("type", "host", "port", "username", "password",
            "bypass");

    private SettingsJson() {
    }

    /**
     * The settings that differ from {@link RequestSettings#DEFAULTS}, in the documented key order: a file lists
     * only what a request changes, so collections stay short and their diffs small.
     */
    static ObjectNode write(RequestSettings settings) {
        RequestSettings d = RequestSettings.DEFAULTS;
        ObjectNode node = RequestJson.MAPPER.createObjectNode();
        if (!settings.connectTimeout().equals(d.connectTimeout())) {
            node.put("connectTimeoutMs", settings.connectTimeout().toMillis());
        }
        if (!settings.totalTimeout().equals(d.totalTimeout())) {
            node.put("totalTimeoutMs", settings.totalTimeout().toMillis());
        }
        if (settings.followRedirects() != d.followRedirects()) {
            node.put("followRedirects", settings.followRedirects());
        }
        if (settings.maxRedirects() != d.maxRedirects()) {
            node.put("maxRedirects", settings.maxRedirects());
        }
        if (settings.httpVersion() != d.httpVersion()) {
            node.put("httpVersion", httpVersionName(settings.httpVersion()));
        }
        if (settings.verifyTls() != d.verifyTls()) {
            node.put("verifyTls", settings.verifyTls());
        }
        if (settings.sendUserAgent() != d.sendUserAgent()) {
            node.put("sendUserAgent", settings.sendUserAgent());
        }
        if (settings.decompress() != d.decompress()) {
            node.put("decompress", settings.decompress());
        }
        if (settings.sendCookies() != d.sendCookies()) {
            node.put("sendCookies", settings.sendCookies());
        }
        if (!settings.proxy().equals(d.proxy())) {
            node.set("proxy", proxyTree(settings.proxy()));
        }
        return node;
    }

    /** A proxy setting as JSON (also the application preferences' shape). */
    static ObjectNode proxyTree(ProxySetting proxy) {
        ObjectNode node = RequestJson.MAPPER.createObjectNode();
        if (proxy instanceof ProxySetting.Manual manual) {
            node.put("type", "manual").put("host", manual.host()).put("port", manual.port())
                    .put("username", manual.username()).put("password", manual.password());
            ArrayNode bypass = node.putArray("bypass");
            manual.bypass().forEach(bypass::add);
        } else {
            node.put("type", proxy == ProxySetting.NONE ? "none" : proxy == ProxySetting.SYSTEM ? "system" : "default");
        }
        return node;
    }

    static RequestSettings read(JsonNode node) throws RequestJsonException {
        RequestJsonReader.requireObject(node, "settings", KEYS);
        RequestSettings defaults = RequestSettings.DEFAULTS;
        HttpVersionChoice version = defaults.httpVersion();
        if (node.has("httpVersion")) {
            String name = RequestJsonReader.text(node, "httpVersion", "settings");
            version = null;
            for (HttpVersionChoice candidate : HttpVersionChoice.values()) {
                if (httpVersionName(candidate).equals(name)) {
                    version = candidate;
                }
            }
            if (version == null) {
                throw new RequestJsonException("settings.httpVersion: expected \"auto\", \"http1.1\" or \"http2\", "
                        + "found \"" + name + "\"");
            }
        }
        return new RequestSettings(
                node.has("connectTimeoutMs") ? millis(node, "connectTimeoutMs") : defaults.connectTimeout(),
                node.has("totalTimeoutMs") ? millis(node, "totalTimeoutMs") : defaults.totalTimeout(),
                flag(node, "followRedirects", defaults.followRedirects()), version,
                node.has("maxRedirects") ? count(node, "maxRedirects") : defaults.maxRedirects(),
                flag(node, "verifyTls", defaults.verifyTls()), flag(node, "sendUserAgent", defaults.sendUserAgent()),
                flag(node, "decompress", defaults.decompress()), flag(node, "sendCookies", defaults.sendCookies()),
                node.has("proxy") ? proxy(node.get("proxy"), "settings.proxy") : defaults.proxy());
    }

    /** Reads a proxy setting; {@code at} names the place in messages. */
    static ProxySetting proxy(JsonNode node, String at) throws RequestJsonException {
        String type = RequestJsonReader.text(RequestJsonReader.requireObject(node, at, null), "type", at);
        switch (type) {
            case "default", "none", "system":
                RequestJsonReader.requireObject(node, at, Set.of("type"));
                return type.equals("none") ? ProxySetting.NONE : type.equals("system") ? ProxySetting.SYSTEM
                        : ProxySetting.APP_DEFAULT;
            case "manual":
                RequestJsonReader.requireObject(node, at, MANUAL_PROXY_KEYS);
                JsonNode port = node.get("port");
                if (port == null || !port.isIntegralNumber() || port.intValue() < 1 || port.intValue() > 65535) {
                    throw new RequestJsonException(at + ".port: expected a port number (1-65535)");
                }
                List<String> bypass = new ArrayList<>();
                JsonNode entries = RequestJsonReader.optionalArray(node, "bypass", at);
                for (int i = 0; i < entries.size(); i++) {
                    if (!entries.get(i).isTextual()) {
                        throw new RequestJsonException(at + ".bypass[" + i + "]: expected a string");
                    }
                    bypass.add(entries.get(i).textValue());
                }
                return new ProxySetting.Manual(RequestJsonReader.text(node, "host", at), port.intValue(),
                        RequestJsonReader.optionalText(node, "username", at),
                        RequestJsonReader.optionalText(node, "password", at), bypass);
            default:
                throw new RequestJsonException(at + ".type: unknown proxy type \"" + type
                        + "\" (expected default, none, system or manual)");
        }
    }

    static String httpVersionName(HttpVersionChoice version) {
        return switch (version) {
            case AUTO -> "auto";
            case HTTP_1_1 -> "http1.1";
            case HTTP_2 -> "http2";
        };
    }

    private static boolean flag(JsonNode node, String key, boolean fallback) throws RequestJsonException {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new RequestJsonException("settings." + key + ": expected true or false");
        }
        return value.booleanValue();
    }

    private static int count(JsonNode node, String key) throws RequestJsonException {
        JsonNode value = node.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw new RequestJsonException("settings." + key + ": expected a whole number, 0 or more");
        }
        return value.intValue();
    }

    private static Duration millis(JsonNode node, String key) throws RequestJsonException {
        JsonNode value = node.get(key);
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() <= 0) {
            throw new RequestJsonException("settings." + key + ": expected a positive whole number of milliseconds");
        }
        return Duration.ofMillis(value.longValue());
    }
}
