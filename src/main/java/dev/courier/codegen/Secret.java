package dev.courier.codegen;

/** A secret a snippet may hide: the environment variable that holds it and the placeholder that stands for it. */
public enum Secret {
    TOKEN("API_TOKEN", "{token}"),
    PASSWORD("API_PASSWORD", "{password}"),
    API_KEY("API_KEY", "{api-key}");

    private final String environmentVariable;
    private final String placeholder;

    Secret(String environmentVariable, String placeholder) {
        this.environmentVariable = environmentVariable;
        this.placeholder = placeholder;
    }

    /** The environment variable a masked snippet reads the secret from, e.g. {@code API_TOKEN}. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** The text that stands for the secret where a snippet cannot read the environment, e.g. {@code {token}}. */
    public String placeholder() {
        return placeholder;
    }
}
