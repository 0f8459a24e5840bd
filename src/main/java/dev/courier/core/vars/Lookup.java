package dev.courier.core.vars;

/**
 * What a variable name means at one place, for an editor's hover: its value with nested references resolved,
 * where it came from (e.g. "environment Staging", "folder Users", "dynamic") and whether it is secret (then the
 * editor shows it masked). A value that uses a secret variable counts as secret too.
 */
public record Lookup(String name, String value, String source, VariableScope.Kind kind, boolean secret) {
}
