package dev.courier.core.http;

import dev.courier.core.Units;
import dev.courier.core.model.ResponseBody;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Reads a response body as it streams in: counts the wire bytes, undoes the Content-Encoding, stores the result in
 * a {@link BodySink} and reports progress. Runs on one of the engine's body threads.
 */
final class BodyReceiver {

    /** What was received. */
    record Received(ResponseBody body, long wireSize, boolean complete, List<String> notes) {
    }

    /** A failure of the connection itself, told apart from a failure to decode what it carried. */
    static final class WireException extends IOException {
        WireException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** How far back the raw bytes are kept, so a body that turns out not to be encoded can be shown as received. */
    private static final int REWIND_LIMIT = 1 << 16;

    private final BodySink sink;
    private final ProgressMeter meter;
    private final BooleanSupplier aborted;
    private final List<String> notes = new ArrayList<>();

    BodyReceiver(BodySink sink, ProgressMeter meter, BooleanSupplier aborted) {
        this.sink = sink;
        this.meter = meter;
        this.aborted = aborted;
    }

    /**
     * Reads {@code stream} to its end.
     *
     * @throws CancellationException when the exchange was aborted meanwhile (the sink is then discarded)
     * @throws IOException           when the sink cannot be written (disk full)
     */
    Received receive(InputStream stream, String contentEncoding, OptionalLong contentLength) throws IOException {
        Counting wire = new Counting(stream);
        BufferedInputStream raw = new BufferedInputStream(wire, REWIND_LIMIT);
        raw.mark(REWIND_LIMIT);
        boolean complete = true;
        try (stream) {
            if (raw.read() < 0) {
                checkAborted();
                meter.finish(0, 0); // no body (HEAD, 204, 304): nothing to decode, whatever Content-Encoding says
                return new Received(sink.finish(), 0, true, notes);
            }
            raw.reset();
            InputStream decoded;
            try {
                decoded = ContentDecoder.decoding(contentEncoding, raw);
            } catch (IOException e) {
                rethrowWireFailure(e);
                decoded = asReceived(raw, contentEncoding, e);
            }
            try {
                copy(decoded, wire);
            } catch (IOException decodingFailed) {
                rethrowWireFailure(decodingFailed);
                if (sink.size() == 0 && rewind(raw)) {
                    notes.add(notDecoded(contentEncoding, decodingFailed));
                    copy(raw, wire);
                } else {
                    notes.add("Decoding of Content-Encoding \"" + contentEncoding + "\" failed after "
                            + Units.bytes(sink.size()) + " (" + decodingFailed.getMessage()
                            + "); the rest of the body is not shown");
                }
            }
        } catch (WireException e) {
            checkAborted();
            complete = false;
            notes.add(incomplete(wire.count, contentLength, e));
        } catch (IOException | RuntimeException e) {
            sink.abort();
            throw e;
        }
        checkAborted();
        meter.finish(wire.count, sink.size());
        return new Received(sink.finish(), wire.count, complete, notes);
    }

    /** Decoders wrap what their source throws (Brotli does); a broken connection must stay one. */
    private static void rethrowWireFailure(IOException e) throws WireException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WireException wire) {
                throw wire;
            }
        }
    }

    private void copy(InputStream in, Counting wire) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            checkAborted();
            sink.write(buffer, 0, n);
            meter.update(wire.count, sink.size());
        }
        checkAborted();
    }

    private InputStream asReceived(BufferedInputStream raw, String encoding, IOException why) throws IOException {
        if (!rewind(raw)) {
            throw new IOException("cannot rewind", why);
        }
        notes.add(notDecoded(encoding, why));
        return raw;
    }

    private static boolean rewind(BufferedInputStream raw) {
        try {
            raw.reset();
            return true;
        } catch (IOException beyondTheMark) {
            return false;
        }
    }

    private void checkAborted() {
        if (aborted.getAsBoolean()) {
            sink.abort();
            throw new CancellationException("download aborted");
        }
    }

    private static String notDecoded(String encoding, IOException why) {
        return "Body shown as received: could not decode Content-Encoding \"" + encoding.strip() + "\" ("
                + why.getMessage() + ")";
    }

    private static String incomplete(long received, OptionalLong announced, WireException e) {
        String of = announced.isPresent() ? " of the " + Units.bytes(announced.getAsLong()) + " announced" : "";
        return "Incomplete body: the connection broke after " + Units.bytes(received) + of + " ("
                + (e.getMessage() == null ? e.getCause().getClass().getSimpleName() : e.getMessage()) + ")";
    }

    /** Counts bytes read from the wire and marks the connection's own failures. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                }
                return n;
            } catch (IOException e) {
                throw new WireException(e);
            }
        }
    }
}
