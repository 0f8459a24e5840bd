package dev.courier.bench;

import dev.courier.core.json.JsonFormatter;
import dev.courier.core.json.JsonHighlighter;
import dev.courier.core.json.JsonValidator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Lexing + validation, pretty-printing and highlighting of minified JSON documents of 1, 10 and 100 MiB. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBench {

    @Param({"1048576", "10485760", "104857600"})
    public int bytes;

    private String json;

    @Setup
    public void build() {
        json = SampleJson.minified(bytes);
    }

    @Benchmark
    public Object validate() {
        return JsonValidator.check(json, false);
    }

    @Benchmark
    public Object prettyPrint() throws Exception {
        return JsonFormatter.pretty(json);
    }

    @Benchmark
    public void highlight(Blackhole hole) {
        JsonHighlighter.highlight(json, (start, end, role) -> hole.consume(start));
    }
}
