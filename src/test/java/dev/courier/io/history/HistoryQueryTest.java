package dev.courier.io.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryQueryTest {

    @Test
    void theSearchBoxUnderstandsMethodsStatusesAndWords() {
        assertThat(HistoryQuery.parse("  POST users 5xx ")).isEqualTo(new HistoryQuery(List.of("users"), "POST", 500,
                599, HistoryQuery.DEFAULT_LIMIT));
        assertThat(HistoryQuery.parse("method:patch status:404 Emma")).isEqualTo(new HistoryQuery(List.of("Emma"),
                "PATCH", 404, 404, HistoryQuery.DEFAULT_LIMIT));
        assertThat(HistoryQuery.parse("post 1234 status:failed")).isEqualTo(new HistoryQuery(List.of("post", "1234"),
                "", 0, 0, HistoryQuery.DEFAULT_LIMIT));
        assertThat(HistoryQuery.parse("")).isEqualTo(HistoryQuery.all());
    }

    @Test
    void entriesAreGroupedByLocalDay() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        HistorySummary lateEvening = summary(1, "2026-03-01T22:30:00Z"); // 23:30 in Paris
        HistorySummary afterMidnight = summary(2, "2026-03-01T23:30:00Z"); // 00:30 the next day in Paris
        HistorySummary morning = summary(3, "2026-03-02T08:00:00Z");
        List<HistoryDays.Day> days = HistoryDays.group(List.of(morning, afterMidnight, lateEvening), paris);
        assertThat(days).extracting(HistoryDays.Day::date).containsExactly(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1));
        assertThat(days.get(0).entries()).containsExactly(morning, afterMidnight);
        assertThat(HistoryDays.group(List.of(), paris)).isEmpty();
    }

    private static HistorySummary summary(long id, String at) {
        return new HistorySummary(id, Instant.parse(at), "GET", "https://h/" + id, 200, "", 1, 1);
    }
}
