package dev.courier.io.curl;

import java.util.regex.Pattern;

/** The shell a command was written for; it decides how quotes, escapes and line continuations are read. */
public enum ShellDialect {
    /** sh, bash, zsh: single and double quotes, {@code $'…'}, backslash escapes and continuations. */
    POSIX,
    /** Windows cmd.exe with the C runtime's argument rules: {@code ^} escapes and continuations, {@code ^"}. */
    CMD,
    /** PowerShell: backtick escapes and continuations, {@code ''} and {@code ""} doubling, here-strings. */
    POWERSHELL;

    private static final Pattern CMD_CONTINUATION = Pattern.compile("\\^[ \\t]*\\r?\\n");
    private static final Pattern CMD_QUOTED_START = Pattern.compile("(?m)^\\s*curl(?:\\.exe)?\\s+\\^\"");
    private static final Pattern POWERSHELL_CONTINUATION = Pattern.compile("`[ \\t]*\\r?\\n");
    private static final Pattern POWERSHELL_START =
            Pattern.compile("(?is)^\\s*(?:&\\s*)?(?:curl\\.exe|invoke-webrequest|invoke-restmethod|iwr|irm)\\b.*");

    /**
     * Guesses the dialect from the text: caret continuations or Chrome's {@code curl ^"…} mean cmd, backtick
     * continuations or a {@code curl.exe}/Invoke-WebRequest start mean PowerShell, anything else POSIX.
     */
    public static ShellDialect detect(String text) {
        if (CMD_CONTINUATION.matcher(text).find() || CMD_QUOTED_START.matcher(text).find()) {
            return CMD;
        }
        if (POWERSHELL_CONTINUATION.matcher(text).find() || POWERSHELL_START.matcher(text).matches()) {
            return POWERSHELL;
        }
        return POSIX;
    }
}
