package dev.courier.ui.collections;

/** How saving a collection file went; anything but {@link Status#SAVED} carries a sentence for the user. */
public record SaveResult(Status status, String message) {

    /** The outcomes the window reacts to differently. */
    public enum Status {
        SAVED,
        /** The file changed on disk since it was read: ask reload, overwrite or save as. */
        CHANGED_ON_DISK,
        /** The file could not be read when it was opened; it is never saved over. */
        LAST_READ_FAILED,
        /** The disk refused (permissions, full disk…). */
        FAILED
    }

    public static final SaveResult OK = new SaveResult(Status.SAVED, "");

    public boolean saved() {
        return status == Status.SAVED;
    }
}
