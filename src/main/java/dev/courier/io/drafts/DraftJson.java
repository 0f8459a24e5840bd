package dev.courier.io.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.file.FileProblem;
import dev.courier.io.json.PrettyJson;
import dev.courier.io.json.RequestJson;
import dev.courier.io.json.RequestJsonException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The journal file's JSON ({@code workspace.json}): requests in Courier's request JSON, the body editor's form and
 * parts in its body shapes, response bodies inline (base64) up to a limit and by SHA-256 reference above it.
 */
final class DraftJson {

    /** Where response bodies above the inline limit go: stores one (if not yet stored), returns its reference. */
    @FunctionalInterface
    interface BodyStore {
        String store(byte[] body) throws IOException;
    }

    /** Where they come back from: the body stored under a reference, or empty when its file is gone. */
    @FunctionalInterface
    interface BodyLoader {
        Optional<byte[]> load(String reference) throws IOException;
    }

    static final int FORMAT = 1;

    private DraftJson() {
    }

    static String write(WorkspaceState state, int inlineLimit, BodyStore bodies) throws IOException {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode().put("format", FORMAT);
        WindowState w = state.window();
        ObjectNode window = root.putObject("window").put("x", w.x()).put("y", w.y()).put("width", w.width())
                .put("height", w.height()).put("maximized", w.maximized());
        ArrayNode splits = window.putArray("splits");
        w.splitPositions().forEach(splits::add);
        root.put("theme", state.theme()).put("fontSize", state.fontSize()).put("selectedTab", state.selectedTab());
        ArrayNode tabs = root.putArray("tabs");
        for (TabState tab : state.tabs()) {
            ObjectNode node = tabs.addObject().put("id", tab.tabId()).put("title", tab.title());
            node.put("collection", tab.origin().map(RequestRef::collectionFile).orElse(null));
            node.put("requestId", tab.origin().map(RequestRef::requestId).orElse(null));
            node.put("dirty", tab.dirty());
            node.set("request", RequestJson.toTree(tab.request()));
            node.set("bodyEditor", bodyEditor(tab.bodyDrafts()));
            node.set("response", tab.lastResponse().isEmpty() ? null : response(tab.lastResponse().get(), inlineLimit,
                    bodies));
        }
        return PrettyJson.write(root);
    }

    static WorkspaceState read(String json, BodyLoader bodies, List<String> problems) throws FileFormatException,
            IOException {
        JsonNode root;
        try {
            root = PrettyJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FileFormatException(FileProblem.of(e));
        }
        if (root == null || root.path("format").asInt(0) != FORMAT) {
            throw new FileFormatException(new FileProblem(0, 0, "format", "not a format " + FORMAT + " journal"));
        }
        try {
            JsonNode w = root.path("window");
            List<Double> splits = new ArrayList<>();
            w.path("splits").forEach(s -> splits.add(s.asDouble()));
            WindowState window = new WindowState(w.path("x").asDouble(Double.NaN), w.path("y").asDouble(Double.NaN),
                    w.path("width").asDouble(), w.path("height").asDouble(), w.path("maximized").asBoolean(), splits);
            List<TabState> tabs = new ArrayList<>();
            for (JsonNode tab : root.path("tabs")) {
                tabs.add(tab(tab, bodies, problems));
            }
            return new WorkspaceState(tabs, root.path("selectedTab").asInt(-1), window,
                    root.path("theme").asText("light"), root.path("fontSize").asDouble(13));
        } catch (RequestJsonException | IllegalArgumentException | NullPointerException e) {
            throw new FileFormatException(new FileProblem(0, 0, "tabs", "not a workspace journal: " + e.getMessage()));
        }
    }

    private static TabState tab(JsonNode tab, BodyLoader bodies, List<String> problems)
            throws RequestJsonException, IOException {
        String collection = tab.path("collection").textValue();
        String requestId = tab.path("requestId").textValue();
        Optional<RequestRef> origin = collection == null || requestId == null ? Optional.empty()
                : Optional.of(new RequestRef(collection, requestId));
        JsonNode editor = tab.path("bodyEditor");
        RequestSpec form = carrier(editor.get("form"));
        RequestSpec multipart = carrier(editor.get("multipart"));
        BodyDrafts drafts = new BodyDrafts(editor.path("type").asText("none"), editor.path("text").asText(""),
                form.body() instanceof Body.Form f ? f.fields() : List.of(),
                multipart.body() instanceof Body.Multipart m ? m.parts() : List.of(),
                editor.path("binaryFile").asText(""));
        JsonNode response = tab.get("response");
        return new TabState(tab.path("id").asText(), origin, tab.path("title").asText(""),
                RequestJson.fromTree(tab.get("request")), drafts, tab.path("dirty").asBoolean(),
                response == null || response.isNull() ? Optional.empty()
                        : Optional.of(response(response, bodies, problems, tab.path("title").asText())));
    }

    private static ObjectNode bodyEditor(BodyDrafts drafts) {
        ObjectNode node = PrettyJson.MAPPER.createObjectNode().put("type", drafts.selectedType())
                .put("text", drafts.text());
        node.set("form", RequestJson.toTree(carrier(new Body.Form(drafts.formFields()))).get("body"));
        node.set("multipart", RequestJson.toTree(carrier(new Body.Multipart(drafts.parts()))).get("body"));
        return node.put("binaryFile", drafts.binaryFile());
    }

    private static ObjectNode response(ResponseSnapshot r, int inlineLimit, BodyStore bodies) throws IOException {
        ObjectNode node = PrettyJson.MAPPER.createObjectNode().put("status", r.status()).put("reason", r.reason())
                .put("failure", r.failure()).put("timeMs", r.timeMillis()).put("size", r.size());
        RequestSpec withHeaders = RequestSpec.of("GET", "", r.headers(), Body.NONE);
        node.set("headers", RequestJson.toTree(withHeaders).get("headers"));
        byte[] body = r.body();
        if (body.length <= inlineLimit) {
            node.put("body", Base64.getEncoder().encodeToString(body));
        } else {
            node.put("bodyFile", bodies.store(body));
        }
        return node;
    }

    private static ResponseSnapshot response(JsonNode node, BodyLoader bodies, List<String> problems, String title)
            throws RequestJsonException, IOException {
        ObjectNode carrier = PrettyJson.MAPPER.createObjectNode().put("method", "GET").put("url", "");
        carrier.set("headers", node.get("headers"));
        List<Header> headers = RequestJson.fromTree(carrier).headers();
        byte[] body = new byte[0];
        if (node.has("bodyFile")) {
            Optional<byte[]> stored = bodies.load(node.get("bodyFile").asText());
            if (stored.isEmpty()) {
                problems.add("The last response body of \"" + title + "\" was not found; it is shown empty.");
            }
            body = stored.orElse(body);
        } else {
            body = Base64.getDecoder().decode(node.path("body").asText(""));
        }
        return new ResponseSnapshot(node.path("status").asInt(), node.path("reason").asText(""),
                node.path("failure").asText(""), node.path("timeMs").asLong(), node.path("size").asLong(), headers,
                body);
    }

    private static RequestSpec carrier(Body body) {
        return RequestSpec.of("GET", "", List.of(), body);
    }

    private static RequestSpec carrier(JsonNode body) throws RequestJsonException {
        ObjectNode request = PrettyJson.MAPPER.createObjectNode().put("method", "GET").put("url", "");
        if (body != null && !body.isNull()) {
            request.set("body", body);
        }
        return RequestJson.fromTree(request);
    }
}
