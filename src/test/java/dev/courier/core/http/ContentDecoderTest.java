package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {

    private static final byte[] TEXT = "{\"hello\":\"wörld\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void decodesGzipZlibAndRawDeflate() throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(TEXT);
        }
        assertThat(ContentDecoder.decode("gzip", gzip.toByteArray())).isEqualTo(TEXT);
        assertThat(ContentDecoder.decode(" GZIP ", gzip.toByteArray())).isEqualTo(TEXT);
        for (boolean raw : new boolean[] {false, true}) {
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
                out.write(TEXT);
            }
            assertThat(ContentDecoder.decode("deflate", deflated.toByteArray())).isEqualTo(TEXT);
        }
        assertThat(ContentDecoder.decode("identity", TEXT)).isSameAs(TEXT);
    }

    @Test
    void refusesWhatItCannotDecode() {
        assertThatThrownBy(() -> ContentDecoder.decode("gzip", TEXT)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ContentDecoder.decode("zstd", TEXT)).hasMessageContaining("unsupported Content-Encoding");
        assertThat(ContentDecoder.supports("gzip")).isTrue();
        assertThat(ContentDecoder.supports("br")).isFalse();
    }
}
