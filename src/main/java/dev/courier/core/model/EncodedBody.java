package dev.courier.core.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A body as bytes on the wire, kept as segments so that files are streamed rather than held in memory.
 *
 * @param segments the bytes in order
 */
public record EncodedBody(List<Segment> segments) {

    public static final EncodedBody EMPTY = new EncodedBody(List.of());

    public EncodedBody {
        segments = List.copyOf(segments);
    }

    public static EncodedBody of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new EncodedBody(List.of(new Segment.Bytes(bytes)));
    }

    /** A run of bytes: in memory, or the whole of a file. */
    public sealed interface Segment permits Segment.Bytes, Segment.FileContents {

        long length();

        /** Bytes held in memory; do not mutate. */
        record Bytes(byte[] bytes) implements Segment {
            @Override
            public long length() {
                return bytes.length;
            }
        }

        /** The contents of a file, read when sent; {@code length} is its size when the body was encoded. */
        record FileContents(Path file, long length) implements Segment {
        }
    }

    public long length() {
        return segments.stream().mapToLong(Segment::length).sum();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** Whether every byte is in memory (no file segments). */
    public boolean inMemory() {
        return segments.stream().allMatch(s -> s instanceof Segment.Bytes);
    }

    /** All the bytes, reading files; for tests and small bodies. */
    public byte[] toBytes() {
        try (var out = new java.io.ByteArrayOutputStream((int) Math.min(length(), Integer.MAX_VALUE - 8))) {
            for (Segment s : segments) {
                if (s instanceof Segment.Bytes b) {
                    out.write(b.bytes());
                } else if (s instanceof Segment.FileContents f) {
                    out.write(Files.readAllBytes(f.file()));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
