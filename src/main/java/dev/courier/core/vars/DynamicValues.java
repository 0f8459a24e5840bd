package dev.courier.core.vars;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The built-in {@code {{$name}}} values, as Postman has them: {@code $uuid} (also {@code $guid} and
 * {@code $randomUUID}), {@code $timestamp} (Unix seconds), {@code $isoTimestamp} (ISO-8601 in UTC with
 * milliseconds), {@code $randomInt} (0 to 1000) and {@code $env.NAME} (an environment variable of the process).
 * Every call gives a fresh value. Clock, randomness and the environment are injected so tests can pin them.
 */
public final class DynamicValues {

    /** The names offered for completion ({@code $env.NAME} is open-ended and not listed). */
    public static final List<String> NAMES = List.of("$guid", "$isoTimestamp", "$randomInt", "$randomUUID",
            "$timestamp", "$uuid");
    /** The prefix of an environment-variable reference. */
    public static final String ENV_PREFIX = "$env.";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final RandomGenerator random;
    private final Function<String, String> environment;

    /**
     * Dynamic values from this clock, random source and environment lookup ({@code null} for an unset variable).
     */
    public DynamicValues(Clock clock, RandomGenerator random, Function<String, String> environment) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** The real clock, a secure random source and the process's environment. */
    public static DynamicValues system() {
        return new DynamicValues(Clock.systemUTC(), new SecureRandom(), System::getenv);
    }

    /** Whether {@code name} is an {@code $env.NAME} reference, whose value is treated as a secret. */
    public static boolean isEnvironmentReference(String name) {
        return name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length();
    }

    /** A fresh value for a dynamic name; empty for any other name and for an unset environment variable. */
    public Optional<String> value(String name) {
        if (isEnvironmentReference(name)) {
            return Optional.ofNullable(environment.apply(name.substring(ENV_PREFIX.length())));
        }
        switch (name) {
            case "$uuid":
            case "$guid":
            case "$randomUUID":
                return Optional.of(uuid().toString());
            case "$timestamp":
                return Optional.of(Long.toString(clock.instant().getEpochSecond()));
            case "$isoTimestamp":
                return Optional.of(ISO.format(clock.instant()));
            case "$randomInt":
                return Optional.of(Integer.toString(random.nextInt(1001)));
            default:
                return Optional.empty();
        }
    }

    /** A version 4 (random) UUID drawn from the injected source. */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
