package dev.courier.io.drafts;

import java.util.List;
import java.util.Objects;

/**
 * Everything the workspace restores on start: open tabs with their unsaved edits and last responses, the selected
 * tab, the window geometry, theme and font size. Immutable; the UI builds a new one on each change and hands it to
 * {@link DraftJournal#update}.
 *
 * @param selectedTab index into {@code tabs}, -1 when there are none
 * @param theme       {@code light} or {@code dark}
 */
public record WorkspaceState(List<TabState> tabs, int selectedTab, WindowState window, String theme,
                             double fontSize) {

    /** A fresh start: no tabs, default window, light theme, 13 pt. */
    public static final WorkspaceState FRESH = new WorkspaceState(List.of(), -1, WindowState.DEFAULT, "light", 13);

    public WorkspaceState {
        tabs = List.copyOf(tabs);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(theme, "theme");
        if (selectedTab < -1 || selectedTab >= tabs.size()) {
            throw new IllegalArgumentException("selectedTab " + selectedTab + " outside " + tabs.size() + " tabs");
        }
    }

    public WorkspaceState withTabs(List<TabState> newTabs, int newSelected) {
        return new WorkspaceState(newTabs, newSelected, window, theme, fontSize);
    }

    public WorkspaceState withWindow(WindowState newWindow) {
        return new WorkspaceState(tabs, selectedTab, newWindow, theme, fontSize);
    }

    public WorkspaceState withTheme(String newTheme) {
        return new WorkspaceState(tabs, selectedTab, window, newTheme, fontSize);
    }

    public WorkspaceState withFontSize(double newFontSize) {
        return new WorkspaceState(tabs, selectedTab, window, theme, newFontSize);
    }
}
