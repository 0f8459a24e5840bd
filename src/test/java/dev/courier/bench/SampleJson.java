package dev.courier.bench;

/** Realistic API-shaped JSON of a chosen size: an array of employee records. */
final class SampleJson {

    private SampleJson() {
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
