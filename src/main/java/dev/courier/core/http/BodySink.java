package dev.courier.core.http;

import dev.courier.core.TempFiles;
import dev.courier.core.model.FileBody;
import dev.courier.core.model.InMemoryBody;
import dev.courier.core.model.ResponseBody;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where decoded body bytes go while they arrive: memory until a limit, then a temporary file (the memory part is
 * written out first); or straight into a file the caller named. Used by one thread.
 */
final class BodySink {

    private final int memoryLimit;
    private final Optional<Path> target;
    private byte[] memory = new byte[8192];
    private long size;
    private Path file;
    private OutputStream out;

    BodySink(int memoryLimit, Optional<Path> target) {
        this.memoryLimit = memoryLimit;
        this.target = target;
    }

    void write(byte[] bytes, int offset, int length) throws IOException {
        if (out == null && size + length <= memoryLimit && target.isEmpty()) {
            ensureCapacity((int) size + length);
            System.arraycopy(bytes, offset, memory, (int) size, length);
        } else {
            if (out == null) {
                spill();
            }
            out.write(bytes, offset, length);
        }
        size += length;
    }

    long size() {
        return size;
    }

    /** The body as received; the sink is done afterwards. */
    ResponseBody finish() throws IOException {
        if (out == null && target.isEmpty()) {
            return size == 0 ? ResponseBody.EMPTY : new InMemoryBody(memory, (int) size);
        }
        if (out == null) {
            spill();
        }
        out.close();
        out = null;
        return target.isPresent() ? FileBody.kept(file, size) : FileBody.temporary(file, size);
    }

    /** Drops what was received: closes and deletes the file, the caller's target included (it is incomplete). */
    void abort() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // deleting it anyway
        }
        out = null;
        if (file != null) {
            if (target.isPresent()) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            } else {
                TempFiles.delete(file);
            }
        }
        memory = new byte[0];
    }

    private void spill() throws IOException {
        file = target.isPresent() ? target.get() : TempFiles.create("courier-body-", ".bin");
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        out.write(memory, 0, (int) size);
        memory = new byte[0]; // from now on the heap holds no part of the body
    }

    private void ensureCapacity(int needed) {
        if (needed > memory.length) {
            memory = Arrays.copyOf(memory, Math.min(memoryLimit, Math.max(needed, memory.length * 2)));
        }
    }
}
