package dev.courier.testing;

import com.sun.net.httpserver.HttpExchange;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;

/** The {@link LoopbackServer}'s answers for the response viewer: bodies of every kind and size. */
final class ViewerRoutes {

    /** {@code /items}: a small document to filter and search. */
    static final String ITEMS = """
            {"store":"Corner Shop","items":[{"name":"apple","price":1.20,"tags":["fruit","red"]},\
            {"name":"bread","price":2.50,"tags":["bakery"]},{"name":"cheese","price":12.990,"tags":["dairy"]}],\
            "open":true,"owner":null}""";
    /** The generated PNG's size in pixels. */
    static final int IMAGE_WIDTH = 64;
    static final int IMAGE_HEIGHT = 48;

    private ViewerRoutes() {
    }

    /** Answers {@code path} when it is one of the viewer's; returns false otherwise. */
    static boolean handle(String path, HttpExchange exchange, CountDownLatch aborted) throws IOException {
        if (path.equals("/items")) {
            exchange.getResponseHeaders().add("Set-Cookie", "session=abc123; Path=/; HttpOnly; SameSite=Lax");
            LoopbackServer.respond(exchange, 200, "application/json", ITEMS.getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/json/")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            writeJson(Long.parseLong(path.substring(6)), exchange.getResponseBody());
        } else if (path.equals("/image.png")) {
            LoopbackServer.respond(exchange, 200, "image/png", png());
        } else if (path.equals("/octets")) {
            byte[] bytes = new byte[40_000];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            LoopbackServer.respond(exchange, 200, "application/octet-stream", bytes);
        } else if (path.equals("/cookies")) {
            exchange.getResponseHeaders().add("Set-Cookie", "session=s3cr3t; Path=/; Secure; HttpOnly");
            exchange.getResponseHeaders().add("Set-Cookie", "theme=dark; Max-Age=3600");
            LoopbackServer.respond(exchange, 200, "text/plain", "cookies set".getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/hops/")) {
            int left = Integer.parseInt(path.substring(6));
            exchange.getResponseHeaders().add("Location", left > 1 ? "/hops/" + (left - 1) : "/items");
            LoopbackServer.respond(exchange, left % 2 == 0 ? 301 : 302, "text/plain", new byte[0]);
        } else if (path.equals("/not-json")) {
            LoopbackServer.respond(exchange, 200, "application/json",
                    "{\"a\": 1,}".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/no-content")) {
            LoopbackServer.respond(exchange, 204, "text/plain", new byte[0]);
        } else if (path.equals("/huge")) {
            huge(exchange, aborted);
        } else {
            return false;
        }
        return true;
    }

    /** Minified API-shaped JSON, streamed until {@code size} bytes. */
    static void writeJson(long size, OutputStream raw) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, 1 << 16);
        long written = 1;
        out.write('[');
        for (int i = 0; written < size; i++) {
            String record = (i > 0 ? "," : "") + "{\"id\":" + i + ",\"name\":\"Employee " + i + "\",\"age\":"
                    + (20 + i % 45) + ",\"city\":\"Boston\",\"active\":" + (i % 3 != 0) + ",\"tags\":[\"a\",\"b\"]}";
            byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            written += bytes.length;
        }
        out.write(']');
        out.flush();
    }

    /** Announces 2 GB, sends 4 MB at once, then a kilobyte every 50 ms until the client goes away. */
    private static void huge(HttpExchange exchange, CountDownLatch aborted) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 2L << 30);
        OutputStream out = exchange.getResponseBody();
        try {
            out.write(new byte[4 << 20]);
            out.flush();
            for (int i = 0; i < 2000; i++) {
                out.write(new byte[1024]);
                out.flush();
                Thread.sleep(50);
            }
        } catch (IOException clientWentAway) {
            aborted.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(IMAGE_WIDTH, IMAGE_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, IMAGE_WIDTH, IMAGE_HEIGHT, Color.ORANGE));
        g.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
