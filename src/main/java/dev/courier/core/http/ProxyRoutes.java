package dev.courier.core.http;

import dev.courier.core.model.ProxySetting;
import dev.courier.core.proxy.ProxyPlan;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A {@link ProxySelector} for one {@link ProxyPlan}: the plan's proxy for the URL's scheme, or a direct connection. */
final class ProxyRoutes extends ProxySelector {

    private final ProxyPlan plan;

    ProxyRoutes(ProxyPlan plan) {
        this.plan = plan;
    }

    @Override
    public List<Proxy> select(URI uri) {
        Optional<ProxySetting.Manual> proxy = plan.proxyFor(uri);
        if (proxy.isEmpty()) {
            return List.of(Proxy.NO_PROXY);
        }
        // unresolved: the name is looked up when connecting, so an unknown proxy host fails that request only
        return List.of(new Proxy(Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved(proxy.get().host(), proxy.get().port())));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // nothing to remember: each request asks again
    }
}
