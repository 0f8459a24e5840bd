package dev.courier.core.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.InMemoryBody;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodySnifferTest {

    private static BodyType sniff(String type, byte[] bytes) {
        return BodySniffer.sniff(Optional.ofNullable(type), bytes, bytes.length);
    }

    private static BodyType sniff(String type, String text) {
        return sniff(type, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void recognisesImagesByTheirMagicBytesWhateverTheContentType() {
        assertThat(sniff(null, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0)).image()).contains(ImageFormat.PNG);
        assertThat(sniff("application/octet-stream", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0)).image())
                .contains(ImageFormat.JPEG);
        BodyType gif = sniff("text/plain", "GIF89a\u0001\u0000");
        assertThat(gif.kind()).isEqualTo(BodyKind.IMAGE);
        assertThat(gif.image()).contains(ImageFormat.GIF);
        assertThat(sniff("image/png", "not a png at all").kind()).isEqualTo(BodyKind.BINARY);
    }

    @Test
    void svgIsTextThatIsAlsoAnImage() {
        BodyType byType = sniff("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(byType.kind()).isEqualTo(BodyKind.XML);
        assertThat(byType.image()).contains(ImageFormat.SVG);
        assertThat(sniff(null, "<?xml version=\"1.0\"?>\n<svg></svg>").image()).contains(ImageFormat.SVG);
    }

    @Test
    void tellsTextKindsByTypeThenByTheirFirstCharacter() {
        assertThat(sniff("application/vnd.api+json", "{}").kind()).isEqualTo(BodyKind.JSON);
        assertThat(sniff("text/plain", "  [1]").kind()).isEqualTo(BodyKind.JSON);
        assertThat(sniff("application/x-ndjson", "{}\n{}").kind()).isEqualTo(BodyKind.JSON);
        assertThat(sniff(null, "<!DOCTYPE html><p>").kind()).isEqualTo(BodyKind.HTML);
        assertThat(sniff("application/atom+xml", "x").kind()).isEqualTo(BodyKind.XML);
        assertThat(sniff(null, "hello").kind()).isEqualTo(BodyKind.TEXT);
        assertThat(sniff(null, "a\u0000b").kind()).isEqualTo(BodyKind.BINARY);
        assertThat(sniff("text/plain", new byte[0]).kind()).isEqualTo(BodyKind.EMPTY);
        BodyType utf16 = sniff(null, bytes(0xFF, 0xFE, '{', 0, '}', 0));
        assertThat(utf16.kind()).isEqualTo(BodyKind.JSON);
        assertThat(utf16.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(utf16.bomLength()).isEqualTo(2);
    }

    @Test
    void dumpsTheFirstBytesInHex() throws Exception {
        byte[] bytes = new byte[20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i == 1 ? 'P' : i * 13);
        }
        HexDump dump = HexDump.of(InMemoryBody.copyOf(bytes), 18);
        assertThat(dump.lines()).containsExactly(
                "00000000  00 50 1a 27 34 41 4e 5b  68 75 82 8f 9c a9 b6 c3  |.P.'4AN[hu......|",
                "00000010  d0 dd                                             |..|");
        assertThat(dump.shownBytes()).isEqualTo(18);
        assertThat(dump.isCut()).isTrue();
    }
}
