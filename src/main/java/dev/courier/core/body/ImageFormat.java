package dev.courier.core.body;

/** Image formats the viewer can show as a picture. SVG is also text (XML). */
public enum ImageFormat {
    PNG("image/png"), JPEG("image/jpeg"), GIF("image/gif"), SVG("image/svg+xml");

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
