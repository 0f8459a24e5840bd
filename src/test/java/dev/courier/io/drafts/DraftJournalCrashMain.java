package dev.courier.io.drafts;

import dev.courier.io.AppPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A stand-in for the window in the kill -9 test, run in its own JVM with {@code COURIER_HOME} set.
 * {@code type URL}: journals the URL typed one character at a time, prints {@code LAST <state>} after the last
 * keystroke and waits to be killed; {@code type-forever URL}: keeps retyping until killed; {@code restore}: prints
 * {@code STATE <state>} and one {@code PROBLEM} line per problem.
 */
public final class DraftJournalCrashMain {

    private DraftJournalCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        DraftJournal journal = DraftJournal.open(AppPaths.home().resolve("drafts"));
        if (args[0].equals("restore")) {
            DraftJournal.Restored restored = journal.restore();
            System.out.println("STATE " + encode(restored.state()));
            restored.problems().forEach(p -> System.out.println("PROBLEM " + p));
            return;
        }
        byte[] body = DraftSamples.largeBody('k');
        String url = args[1];
        do {
            for (int i = 1; i <= url.length(); i++) {
                WorkspaceState state = DraftSamples.workspace(url.substring(0, i), body);
                journal.update(state);
                if (i == url.length() && args[0].equals("type")) {
                    System.out.println("LAST " + encode(state));
                    System.out.flush();
                }
                Thread.sleep(7);
            }
        } while (args[0].equals("type-forever"));
        Thread.sleep(120_000);
    }

    /** The state as one line: its journal JSON with every body inline, in base64. */
    static String encode(WorkspaceState state) throws IOException {
        String json = DraftJson.write(state, Integer.MAX_VALUE, bytes -> {
            throw new IOException("inline only");
        });
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
