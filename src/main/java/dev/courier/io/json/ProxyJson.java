package dev.courier.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.model.ProxySetting;

/** A proxy setting in Courier's JSON, as in a request's settings; for other files that hold one. */
public final class ProxyJson {

    private ProxyJson() {
    }

    public static ObjectNode write(ProxySetting proxy) {
        return SettingsJson.proxyTree(proxy);
    }

    /** Reads a proxy setting; {@code at} names the place in error messages. */
    public static ProxySetting read(JsonNode node, String at) throws RequestJsonException {
        return SettingsJson.proxy(node, at);
    }
}
