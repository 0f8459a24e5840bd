package dev.courier.io.drafts;

import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Workspace states for the journal tests. */
final class DraftSamples {

    private DraftSamples() {
    }

    /** A response body larger than the journal's inline limit, so it is stored by reference. */
    static byte[] largeBody(char fill) {
        return ("{\"data\":\"" + String.valueOf(fill).repeat(DraftJournal.INLINE_BODY_LIMIT + 100) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Two tabs: a saved request edited with a large last response, and a new unsaved one typed as {@code url}. */
    static WorkspaceState workspace(String url, byte[] largeBody) {
        TabState saved = new TabState("tab-1", Optional.of(new RequestRef("/home/ann/api.courier.json", "get-user")),
                "Get user", RequestSpec.of("GET", "https://api.example.com/users/1", List.of(Header.of("Accept",
                        "application/json"), new Header("X-Debug", "1", false)), Body.NONE),
                new BodyDrafts("none", "{\"typed\": \"before switching to none\"}",
                        List.of(Field.of("a", "1"), new Field("b", "2", false)),
                        List.of(Part.TextPart.of("caption", "Me"), Part.FilePart.of("photo", Path.of("/tmp/me.png"))),
                        "/tmp/upload.bin"),
                true, Optional.of(new ResponseSnapshot(200, "OK", "", 12, largeBody.length,
                        List.of(Header.of("content-type", "application/json")), largeBody)));
        TabState unsaved = new TabState("tab-2", Optional.empty(), "Untitled", RequestSpec.of("POST", url,
                List.of(Header.of("Content-Type", "application/json")),
                new Body.Text("{\"n\": 1}", Body.TextType.JSON)),
                new BodyDrafts("json", "{\"n\": 1}", List.of(), List.of(), ""), true,
                Optional.of(new ResponseSnapshot(0, "", "Connection refused: nothing is listening on 127.0.0.1:9", 3, 0,
                        List.of(), new byte[0])));
        return new WorkspaceState(List.of(saved, unsaved), 1,
                new WindowState(40, 30, 1400, 900, false, List.of(0.25, 0.6)), "dark", 15);
    }
}
