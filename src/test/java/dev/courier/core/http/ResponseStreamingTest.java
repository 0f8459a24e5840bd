package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.TempFiles;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.FileBody;
import dev.courier.core.model.InMemoryBody;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.GeneratedBody;
import dev.courier.testing.RouteServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseStreamingTest {

    private static final long MB = 1 << 20;

    private final HttpEngine engine = new HttpEngine();
    private final AtomicLong endlessWritten = new AtomicLong();
    private final CountDownLatch endlessStopped = new CountDownLatch(1);
    private RouteServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RouteServer()
                .route("/sized/", exchange -> {
                    long size = Long.parseLong(exchange.getRequestURI().getPath().substring(7));
                    exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
                    GeneratedBody.writeTo(size, exchange.getResponseBody());
                })
                .route("/gzip/", exchange -> {
                    long size = Long.parseLong(exchange.getRequestURI().getPath().substring(6));
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody(), 1 << 16)) {
                        GeneratedBody.writeTo(size, out);
                    }
                })
                .route("/br", exchange -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "br");
                    byte[] bytes = ContentDecoderTest.resource("records.json.br");
                    exchange.sendResponseHeaders(200, bytes.length);
                    exchange.getResponseBody().write(bytes);
                })
                .route("/paced", exchange -> {
                    exchange.sendResponseHeaders(200, 10 * 64 * 1024);
                    for (int i = 0; i < 10; i++) {
                        GeneratedBody.writeTo(64 * 1024, exchange.getResponseBody());
                        exchange.getResponseBody().flush();
                        sleep(60);
                    }
                })
                .route("/endless", exchange -> {
                    exchange.sendResponseHeaders(200, 2L << 30); // announces 2 GiB
                    endlessWritten.set(GeneratedBody.writeTo(2L << 30, exchange.getResponseBody()));
                    endlessStopped.countDown();
                });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CompletableFuture<Exchange> send(String path, SendOptions options) {
        return engine.send(RequestSpec.of("GET", server.url(path), List.of(), Body.NONE), options);
    }

    private Exchange get(String path) throws Exception {
        return send(path, SendOptions.DEFAULTS).get(30, TimeUnit.SECONDS);
    }

    private static Set<Path> bodyTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("courier-body-")).collect(Collectors.toSet());
        }
    }

    @Test
    void smallBodiesStayInMemoryAndLargeOnesGoToATemporaryFileDeletedOnRelease() throws Exception {
        Exchange small = get("/sized/1000");
        assertThat(small.body()).isInstanceOf(InMemoryBody.class);
        assertThat(small.body().size()).isEqualTo(1000);
        assertThat(small.wireSize()).isEqualTo(1000);
        assertThat(GeneratedBody.crc32(small.body().openStream())).isEqualTo(GeneratedBody.crc32(1000));

        long size = 20 * MB + 7;
        Exchange large = get("/sized/" + size);
        assertThat(large.complete()).isTrue();
        FileBody file = (FileBody) large.body();
        assertThat(file.isTemporary()).isTrue();
        assertThat(Files.size(file.path())).isEqualTo(size);
        assertThat(TempFiles.isLive(file.path())).isTrue();
        assertThat(GeneratedBody.crc32(file.openStream())).isEqualTo(GeneratedBody.crc32(size));
        assertThat(new String(file.prefix(9), StandardCharsets.UTF_8)).isEqualTo("00000000 ");

        large.body().close();
        assertThat(file.path()).doesNotExist();
        assertThat(TempFiles.isLive(file.path())).isFalse();
        assertThatThrownBy(file::openStream).hasMessageContaining("released");
    }

    @Test
    void compressedBodiesAreDecodedWhileTheyStream() throws Exception {
        long size = 24 * MB;
        Exchange gzip = get("/gzip/" + size);
        assertThat(gzip.body().size()).isEqualTo(size);
        assertThat(gzip.wireSize()).isLessThan(size / 10);
        assertThat(GeneratedBody.crc32(gzip.body().openStream())).isEqualTo(GeneratedBody.crc32(size));
        assertThat(gzip.notes()).isEmpty();
        gzip.body().close();

        Exchange br = get("/br");
        assertThat(br.wireSize()).isEqualTo(ContentDecoderTest.resource("records.json.br").length);
        assertThat(new String(br.body().openStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(ContentDecoderTest.records());
    }

    @Test
    void progressIsReportedWhileTheBodyArrives() throws Exception {
        List<DownloadProgress> reports = new CopyOnWriteArrayList<>();
        Exchange exchange = send("/paced", SendOptions.DEFAULTS.withListener(reports::add)).get(10, TimeUnit.SECONDS);

        assertThat(exchange.body().size()).isEqualTo(640 * 1024);
        assertThat(reports.size()).isGreaterThanOrEqualTo(3);
        DownloadProgress last = reports.get(reports.size() - 1);
        assertThat(last.finished()).isTrue();
        assertThat(last.receivedBytes()).isEqualTo(640 * 1024);
        assertThat(last.expectedBytes()).hasValue(640 * 1024);
        assertThat(last.fraction()).hasValue(1.0);
        DownloadProgress middle = reports.get(1);
        assertThat(middle.finished()).isFalse();
        assertThat(middle.receivedBytes()).isBetween(1L, 640L * 1024 - 1);
        assertThat(middle.bytesPerSecond()).isPositive();
        assertThat(reports).extracting(DownloadProgress::receivedBytes).isSorted();
    }

    @Test
    void aListenerForTheUiThreadKeepsOnlyTheLatestReportPending() {
        List<Runnable> uiQueue = new ArrayList<>();
        List<Long> heard = new ArrayList<>();
        DownloadListener listener = DownloadListener.via(uiQueue::add, p -> heard.add(p.receivedBytes()));
        for (long i = 1; i <= 5; i++) {
            listener.onProgress(new DownloadProgress(i, i, OptionalLong.empty(), 0, Duration.ZERO, false));
        }
        assertThat(uiQueue).hasSize(1);
        uiQueue.remove(0).run();
        assertThat(heard).containsExactly(5L);
        listener.onProgress(new DownloadProgress(6, 6, OptionalLong.empty(), 0, Duration.ZERO, true));
        uiQueue.remove(0).run();
        assertThat(heard).containsExactly(5L, 6L);
    }

    @Test
    void cancellingATwoGigabyteDownloadStopsItAndDeletesTheTemporaryFile() throws Exception {
        Set<Path> before = bodyTempFiles();
        CountDownLatch spilled = new CountDownLatch(1);
        CompletableFuture<Exchange> download = send("/endless", SendOptions.DEFAULTS.withListener(p -> {
            if (p.decodedBytes() > 24 * MB) {
                spilled.countDown();
            }
        }));
        assertThat(spilled.await(20, TimeUnit.SECONDS)).isTrue();
        Set<Path> during = bodyTempFiles();
        during.removeAll(before);
        assertThat(during).as("the body went to a temporary file").hasSize(1);

        assertThat(download.cancel(true)).isTrue();
        assertThatThrownBy(download::join).isInstanceOf(CancellationException.class);
        assertThat(endlessStopped.await(10, TimeUnit.SECONDS)).as("the server saw the client go away").isTrue();
        assertThat(endlessWritten.get()).isLessThan(1024 * MB);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Files.exists(during.iterator().next()) && System.nanoTime() < deadline) {
            sleep(20);
        }
        assertThat(during.iterator().next()).doesNotExist();
    }

    @Test
    void aBodyCanBeSavedToAFileOfTheCallersWhichIsKept(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("saved.bin");
        Exchange exchange = send("/sized/3000", SendOptions.DEFAULTS.savingBodyTo(target)).get(10, TimeUnit.SECONDS);
        assertThat(exchange.body()).isInstanceOf(FileBody.class);
        exchange.body().close();
        assertThat(Files.size(target)).isEqualTo(3000);
        assertThat(GeneratedBody.crc32(Files.newInputStream(target))).isEqualTo(GeneratedBody.crc32(3000));
    }

    @Test
    void theHeapDoesNotGrowWithTheBody() throws Exception {
        long size = 160 * MB;
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), SmallHeapDownload.class.getName(),
                server.url("/sized/" + size));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        String[] fields = out.split(" ");
        assertThat(Long.parseLong(fields[0])).isEqualTo(size);
        assertThat(Long.parseLong(fields[1])).isEqualTo(GeneratedBody.crc32(size));
        assertThat(Long.parseLong(fields[2])).as("max heap").isLessThan(size / 4);
        assertThat(fields[3]).isEqualTo("FileBody");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
