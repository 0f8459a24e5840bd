package dev.courier.core.body;

import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic hex view of a body's first bytes: offset, sixteen bytes in hex, the same as ASCII.
 *
 * @param lines      e.g. {@code 00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|}
 * @param shownBytes how many bytes the lines show
 * @param totalBytes the body's size
 */
public record HexDump(List<String> lines, long shownBytes, long totalBytes) {

    /** Bytes shown by default: the first 16 KiB. */
    public static final int DEFAULT_BYTES = 16 * 1024;

    public HexDump {
        lines = List.copyOf(lines);
    }

    /** Dumps the first {@code maxBytes} of {@code body}. */
    public static HexDump of(ResponseBody body, int maxBytes) throws IOException {
        byte[] bytes = body.prefix(maxBytes);
        return new HexDump(lines(bytes), bytes.length, body.size());
    }

    /** Whether the body goes on beyond what is shown. */
    public boolean isCut() {
        return shownBytes < totalBytes;
    }

    static List<String> lines(byte[] bytes) {
        List<String> lines = new ArrayList<>(bytes.length / 16 + 1);
        StringBuilder line = new StringBuilder(80);
        for (int offset = 0; offset < bytes.length; offset += 16) {
            line.setLength(0);
            hex(line, offset, 8).append("  ");
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                if (offset + i < bytes.length) {
                    int b = bytes[offset + i] & 0xFF;
                    hex(line, b, 2).append(' ');
                    ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
                } else {
                    line.append("   ");
                }
                if (i == 7) {
                    line.append(' ');
                }
            }
            lines.add(line.append(" |").append(ascii).append('|').toString());
        }
        return lines;
    }

    private static StringBuilder hex(StringBuilder out, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(Character.forDigit((value >>> shift) & 0xF, 16));
        }
        return out;
    }
}
