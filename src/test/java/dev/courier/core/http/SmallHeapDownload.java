package dev.courier.core.http;

import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.GeneratedBody;
import java.util.List;

/**
 * Run in a child JVM with a small heap by {@link ResponseStreamingTest}: downloads a URL through the engine and
 * prints "size crc32 maxHeap storage".
 */
public final class SmallHeapDownload {

    private SmallHeapDownload() {
    }

    public static void main(String[] args) throws Exception {
        Exchange exchange = new HttpEngine().send(RequestSpec.of("GET", args[0], List.of(), Body.NONE)).get();
        long crc = GeneratedBody.crc32(exchange.body().openStream());
        System.out.println(exchange.body().size() + " " + crc + " " + Runtime.getRuntime().maxMemory() + " "
                + exchange.body().getClass().getSimpleName());
        exchange.body().close();
    }
}
