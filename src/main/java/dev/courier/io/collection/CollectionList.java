package dev.courier.io.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.io.file.AtomicFiles;
import dev.courier.io.json.PrettyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The collection files the workspace has open, and the ones used recently (newest first), kept between runs in
 * {@code collections.json} of the data directory. Immutable; paths are absolute and normalized.
 */
public record CollectionList(List<Path> open, List<Path> recent) {

    /** How many recent files the File menu lists. */
    public static final int MAX_RECENT = 10;
    public static final CollectionList EMPTY = new CollectionList(List.of(), List.of());

    private static final System.Logger LOG = System.getLogger(CollectionList.class.getName());

    public CollectionList {
        open = List.copyOf(open);
        recent = List.copyOf(recent);
    }

    /** Reads the list; a missing or damaged file is an empty list (the list only remembers, it owns nothing). */
    public static CollectionList read(Path file) {
        try {
            JsonNode tree = PrettyJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return new CollectionList(paths(tree.path("open")), paths(tree.path("recent")));
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read " + file + ", starting without open collections: " + e);
            return EMPTY;
        }
    }

    /** Writes the list atomically. */
    public void write(Path file) throws IOException {
        ObjectNode tree = PrettyJson.MAPPER.createObjectNode();
        ArrayNode openNode = tree.putArray("open");
        open.forEach(p -> openNode.add(p.toString()));
        ArrayNode recentNode = tree.putArray("recent");
        recent.forEach(p -> recentNode.add(p.toString()));
        AtomicFiles.writeString(file, PrettyJson.write(tree));
    }

    /** The list after opening {@code file}: open (once) and first among the recent files. */
    public CollectionList opened(Path file) {
        Path key = key(file);
        List<Path> nowOpen = new ArrayList<>(open);
        if (!nowOpen.contains(key)) {
            nowOpen.add(key);
        }
        List<Path> nowRecent = new ArrayList<>(recent);
        nowRecent.remove(key);
        nowRecent.add(0, key);
        return new CollectionList(nowOpen, nowRecent.subList(0, Math.min(MAX_RECENT, nowRecent.size())));
    }

    /** The list after closing {@code file}; it stays among the recent files. */
    public CollectionList closed(Path file) {
        List<Path> nowOpen = new ArrayList<>(open);
        nowOpen.remove(key(file));
        return new CollectionList(nowOpen, recent);
    }

    private static List<Path> paths(JsonNode array) {
        List<Path> paths = new ArrayList<>();
        array.forEach(node -> {
            if (node.isTextual() && !node.asText().isBlank()) {
                paths.add(key(Path.of(node.asText())));
            }
        });
        return paths;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
