package dev.courier.io.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Groups a newest-first history list by calendar day, for the History panel's headings. */
public final class HistoryDays {

    /** The entries of one day, newest first. */
    public record Day(LocalDate date, List<HistorySummary> entries) {
        public Day {
            entries = List.copyOf(entries);
        }
    }

    private HistoryDays() {
    }

    /** Consecutive entries of the same local date (in {@code zone}) become one day, keeping the order. */
    public static List<Day> group(List<HistorySummary> newestFirst, ZoneId zone) {
        List<Day> days = new ArrayList<>();
        LocalDate current = null;
        List<HistorySummary> entries = new ArrayList<>();
        for (HistorySummary summary : newestFirst) {
            LocalDate date = summary.sentAt().atZone(zone).toLocalDate();
            if (!date.equals(current) && current != null) {
                days.add(new Day(current, entries));
                entries = new ArrayList<>();
            }
            current = date;
            entries.add(summary);
        }
        if (current != null) {
            days.add(new Day(current, entries));
        }
        return days;
    }
}
