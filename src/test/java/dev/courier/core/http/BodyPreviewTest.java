package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyPreviewTest {

    private static BodyPreview preview(String body, String type) {
        return BodyPreview.of(body.getBytes(StandardCharsets.UTF_8), Optional.ofNullable(type), 1000);
    }

    @Test
    void prettyPrintsJsonByContentTypeOrByItsLooks() {
        BodyPreview typed = preview("{\"a\":1}", "application/problem+json; charset=utf-8");
        assertThat(typed.kind()).isEqualTo(BodyPreview.Kind.JSON);
        assertThat(typed.text()).isEqualTo("{\n  \"a\": 1\n}");
        assertThat(preview(" [1,2]", "text/plain").text()).isEqualTo("[\n  1,\n  2\n]");
    }

    @Test
    void showsBrokenJsonAsReceivedAndSaysWhy() {
        BodyPreview broken = preview("{\"a\":1,}", "application/json");
        assertThat(broken.kind()).isEqualTo(BodyPreview.Kind.TEXT);
        assertThat(broken.text()).isEqualTo("{\"a\":1,}");
        assertThat(broken.notice()).contains("Not valid JSON (line 1, column 7: trailing comma before '}'); shown as received");
    }

    @Test
    void decodesTheDeclaredCharsetAndSurvivesInvalidBytes() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(BodyPreview.of(latin1, Optional.of("text/plain; charset=ISO-8859-1"), 100).text()).isEqualTo("café");
        assertThat(BodyPreview.of(latin1, Optional.of("text/plain"), 100).text()).isEqualTo("caf\uFFFD");
        assertThat(BodyPreview.of(latin1, Optional.of("text/plain; charset=nonsense"), 100).text()).isEqualTo("caf\uFFFD");
    }

    @Test
    void refusesToShowBinaryAsText() {
        BodyPreview png = BodyPreview.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}, Optional.of("image/png"), 100);
        assertThat(png.kind()).isEqualTo(BodyPreview.Kind.BINARY);
        assertThat(png.notice()).contains("Binary body (image/png, 6 B) is not shown as text");
        assertThat(BodyPreview.of(new byte[] {'a', 0, 'b'}, Optional.empty(), 100).kind()).isEqualTo(BodyPreview.Kind.BINARY);
    }

    @Test
    void cutsWhatIsTooLongToShowAndSaysSo() {
        BodyPreview cut = BodyPreview.of("x".repeat(5000).getBytes(StandardCharsets.UTF_8), Optional.of("text/plain"), 1000);
        assertThat(cut.text()).hasSize(1000);
        assertThat(cut.notice()).contains("Showing the first 1,000 characters of a 4.9 KB body");
        assertThat(preview("", "application/json").kind()).isEqualTo(BodyPreview.Kind.EMPTY);
    }
}
