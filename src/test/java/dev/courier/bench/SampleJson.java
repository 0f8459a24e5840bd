package dev.courier.bench;

/** Realistic API-shaped JSON of a chosen size: an array of employee records. */
public final class SampleJson {

    private SampleJson() {
    }

    /** Writes a sample file: {@code SampleJson FILE MEBIBYTES}. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), minified(Integer.parseInt(args[1]) << 20));
    }

    static String minified(int approximateBytes) {
        StringBuilder out = new StringBuilder(approximateBytes + 256).append('[');
        for (int i = 0; out.length() < approximateBytes; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"id\":").append(i)
                    .append(",\"name\":\"Employee ").append(i).append("\",\"age\":").append(20 + i % 45)
                    .append(",\"salary\":").append(40000 + i * 7.25)
                    .append(",\"city\":\"Boston\",\"active\":").append(i % 3 != 0)
                    .append(",\"manager\":null,\"tags\":[\"a\",\"b\\u00e9\"]}");
        }
        return out.append(']').toString();
    }
}
