package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {

    private static final byte[] TEXT = "{\"hello\":\"wörld\"}".getBytes(StandardCharsets.UTF_8);

    static byte[] decode(String encoding, byte[] body) throws IOException {
        try (InputStream in = ContentDecoder.decoding(encoding, new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(bytes);
        }
        return gzip.toByteArray();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ContentDecoderTest.class.getResourceAsStream("/bodies/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The JSON that src/test/resources/bodies/records.json.br holds (compressed with the brotli tool). */
    static String records() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < 40_000; i++) {
            out.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"Employee ").append(i)
                    .append("\",\"city\":\"Boston\"}");
        }
        return out.append(']').toString();
    }

    @Test
    void decodesGzipZlibAndRawDeflate() throws IOException {
        assertThat(decode("gzip", gzip(TEXT))).isEqualTo(TEXT);
        assertThat(decode(" GZIP ", gzip(TEXT))).isEqualTo(TEXT);
        for (boolean raw : new boolean[] {false, true}) {
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
                out.write(TEXT);
            }
            assertThat(decode("deflate", deflated.toByteArray())).isEqualTo(TEXT);
        }
        assertThat(decode("identity", TEXT)).isEqualTo(TEXT);
        assertThat(decode("", TEXT)).isEqualTo(TEXT);
    }

    @Test
    void decodesBrotliAndStacksOfCodingsInReverseOrder() throws IOException {
        assertThat(decode("br", resource("hello.json.br"))).isEqualTo(TEXT);
        assertThat(new String(decode("br", resource("records.json.br")), StandardCharsets.UTF_8)).isEqualTo(records());
        assertThat(decode("br, gzip", gzip(resource("hello.json.br")))).isEqualTo(TEXT);
    }

    @Test
    void refusesWhatItCannotDecode() {
        assertThatThrownBy(() -> decode("gzip", TEXT)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decode("br", TEXT)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decode("zstd", TEXT)).hasMessageContaining("unsupported Content-Encoding \"zstd\"");
        assertThatThrownBy(() -> decode("gzip, zstd", gzip(TEXT))).hasMessageContaining("unsupported");
    }
}
