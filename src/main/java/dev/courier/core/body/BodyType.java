package dev.courier.core.body;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * What {@link BodySniffer} found a body to be.
 *
 * @param kind      how to show it
 * @param mediaType the Content-Type without parameters, lower case ("" when none)
 * @param image     the image format, when the body is a picture (SVG is also {@link BodyKind#XML})
 * @param charset   how to decode it as text (meaningful for text kinds)
 * @param bomLength bytes of byte-order mark at the start, skipped when showing text
 */
public record BodyType(BodyKind kind, String mediaType, Optional<ImageFormat> image, Charset charset,
                       int bomLength) {
}
