package dev.courier.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void sizesInPowersOf1024() {
        assertThat(Units.bytes(0)).isEqualTo("0 B");
        assertThat(Units.bytes(1023)).isEqualTo("1023 B");
        assertThat(Units.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(Units.bytes(150L * 1024 * 1024)).isEqualTo("150 MB");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Units.duration(Duration.ofMillis(87))).isEqualTo("87 ms");
        assertThat(Units.duration(Duration.ofMillis(1240))).isEqualTo("1.24 s");
        assertThat(Units.duration(Duration.ofMillis(12_500))).isEqualTo("12.5 s");
        assertThat(Units.duration(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
    }
}
