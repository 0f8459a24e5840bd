package dev.courier.core.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.InMemoryBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyPreviewTest {

    private static BodyPreview preview(String body, String type) throws IOException {
        return of(body.getBytes(StandardCharsets.UTF_8), Optional.ofNullable(type), 1000);
    }

    private static BodyPreview of(byte[] body, Optional<String> type, int maxChars) throws IOException {
        return BodyPreview.of(InMemoryBody.copyOf(body), type, maxChars);
    }

    @Test
    void prettyPrintsJsonByContentTypeOrByItsLooks() throws IOException {
        BodyPreview typed = preview("{\"a\":1}", "application/problem+json; charset=utf-8");
        assertThat(typed.kind()).isEqualTo(BodyPreview.Kind.JSON);
        assertThat(typed.text()).isEqualTo("{\n  \"a\": 1\n}");
        assertThat(preview(" [1,2]", "text/plain").text()).isEqualTo("[\n  1,\n  2\n]");
    }

    @Test
    void showsBrokenJsonAsReceivedAndSaysWhy() throws IOException {
        BodyPreview broken = preview("{\"a\":1,}", "application/json");
        assertThat(broken.kind()).isEqualTo(BodyPreview.Kind.TEXT);
        assertThat(broken.text()).isEqualTo("{\"a\":1,}");
        assertThat(broken.notice()).contains("Not valid JSON (line 1, column 7: trailing comma before '}'); shown as received");
        assertThat(preview("{not json", "text/plain").notice()).isEmpty();
    }

    @Test
    void decodesTheDeclaredCharsetAndSurvivesInvalidBytes() throws IOException {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(of(latin1, Optional.of("text/plain; charset=ISO-8859-1"), 100).text()).isEqualTo("café");
        assertThat(of(latin1, Optional.of("text/plain"), 100).text()).isEqualTo("caf\uFFFD");
        assertThat(of(latin1, Optional.of("text/plain; charset=nonsense"), 100).text()).isEqualTo("caf\uFFFD");
        byte[] utf16 = "\uFEFF{\"é\":1}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(of(utf16, Optional.of("application/json"), 100).text()).isEqualTo("{\n  \"é\": 1\n}");
    }

    @Test
    void refusesToShowBinaryAsText() throws IOException {
        BodyPreview png = of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}, Optional.of("image/png"), 100);
        assertThat(png.kind()).isEqualTo(BodyPreview.Kind.BINARY);
        assertThat(png.notice()).contains("Binary body (image/png, 6 B) is not shown as text");
        assertThat(of(new byte[] {'a', 0, 'b'}, Optional.empty(), 100).kind()).isEqualTo(BodyPreview.Kind.BINARY);
    }

    @Test
    void cutsWhatIsTooLongToShowAndSaysSo() throws IOException {
        BodyPreview cut = of("x".repeat(5000).getBytes(StandardCharsets.UTF_8), Optional.of("text/plain"), 1000);
        assertThat(cut.text()).hasSize(1000);
        assertThat(cut.notice()).contains("Showing the first 1,000 characters of a 4.9 KB body");
        assertThat(preview("", "application/json").kind()).isEqualTo(BodyPreview.Kind.EMPTY);
    }
}
