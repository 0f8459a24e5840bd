package dev.courier.core.collection;

/** One entry of a collection's tree: a folder or a request. Ids are unique within their collection. */
public sealed interface Node permits Folder, RequestItem {

    String id();

    String name();

    /** This node with another name; the id stays, so references (open tabs, history) keep working. */
    Node withName(String newName);

    /** This node with another id (its children keep theirs). */
    Node withId(String newId);
}
