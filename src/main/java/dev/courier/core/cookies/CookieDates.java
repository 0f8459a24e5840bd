package dev.courier.core.cookies;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lenient cookie-date parser of RFC 6265 section 5.1.1, which reads every date format servers really send. */
final class CookieDates {

    private static final Pattern DELIMITERS = Pattern.compile("[\\x09\\x20-\\x2F\\x3B-\\x40\\x5B-\\x60\\x7B-\\x7E]+");
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\D.*)?$");
    private static final Pattern DAY = Pattern.compile("^(\\d{1,2})(?:\\D.*)?$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{2,4})(?:\\D.*)?$");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private CookieDates() {
    }

    /** The date, or empty when the text is not a cookie date (the attribute is then ignored). */
    static Optional<Instant> parse(String text) {
        Integer hour = null;
        Integer minute = null;
        Integer second = null;
        Integer day = null;
        Integer month = null;
        Integer year = null;
        for (String token : DELIMITERS.split(text)) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m;
            if (hour == null && (m = TIME.matcher(token)).matches()) {
                hour = Integer.parseInt(m.group(1));
                minute = Integer.parseInt(m.group(2));
                second = Integer.parseInt(m.group(3));
            } else if (day == null && (m = DAY.matcher(token)).matches()) {
                day = Integer.parseInt(m.group(1));
            } else if (month == null && token.length() >= 3
                    && MONTHS.contains(token.substring(0, 3).toLowerCase(Locale.ROOT))) {
                month = MONTHS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
            } else if (year == null && (m = YEAR.matcher(token)).matches()) {
                year = Integer.parseInt(m.group(1));
            }
        }
        if (hour == null || day == null || month == null || year == null) {
            return Optional.empty();
        }
        if (year >= 70 && year <= 99) {
            year += 1900;
        } else if (year >= 0 && year <= 69) {
            year += 2000;
        }
        if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty(); // e.g. 31 February
        }
    }
}
