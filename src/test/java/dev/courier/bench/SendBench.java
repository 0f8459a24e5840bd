package dev.courier.bench;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.LoopbackServer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** A JSON POST with a bearer token through the engine to a server on 127.0.0.1, connection kept alive. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SendBench {

    private LoopbackServer server;
    private HttpEngine engine;
    private RequestSpec spec;

    @Setup
    public void start() throws IOException {
        server = new LoopbackServer();
        engine = new HttpEngine();
        spec = RequestSpec.of("POST", server.url("/employees"), List.of(
                Header.of("Authorization", "Bearer abc"), Header.of("Accept", "application/json"),
                Header.of("Content-Type", "application/json")), Body.ofText("{\"name\":\"Emma\",\"age\":28}"));
    }

    @TearDown
    public void stop() {
        server.close();
    }

    @Benchmark
    public Exchange postJson() {
        Exchange exchange = engine.send(spec).join();
        server.drain();
        return exchange;
    }
}
