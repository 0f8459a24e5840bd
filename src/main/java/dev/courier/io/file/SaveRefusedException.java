package dev.courier.io.file;

import java.io.IOException;
import java.nio.file.Path;

/** A save that would lose someone's data, refused; the UI offers reload, overwrite or save as for {@link #reason}. */
public final class SaveRefusedException extends IOException {

    /** Why the save was refused. */
    public enum Reason {
        /** The last read of this path failed: saving over it would destroy a file the user may still repair. */
        LAST_READ_FAILED,
        /** The file's bytes changed (or it was deleted) since Courier read or wrote it. */
        CHANGED_ON_DISK
    }

    private final transient Path file;
    private final Reason reason;

    public SaveRefusedException(Path file, Reason reason) {
        super(file + (reason == Reason.LAST_READ_FAILED
                ? ": could not be read, so Courier will not overwrite it; save under another name"
                : ": changed on disk since it was opened; reload it, overwrite it or save under another name"));
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
