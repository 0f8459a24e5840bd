package dev.courier.io.drafts;

import java.util.List;

/**
 * The window's geometry: size, position (NaN until the window has been placed), maximized, and the positions of its
 * split panes (0–1, in the order the window lays them out).
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          List<Double> splitPositions) {

    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, 1200, 800, false,
            List.of(0.22, 0.5));

    public WindowState {
        splitPositions = List.copyOf(splitPositions);
    }
}
