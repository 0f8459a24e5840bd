package dev.courier;

import dev.courier.cli.Cli;
import dev.courier.ui.CourierApp;
import java.util.Arrays;

/**
 * The jar's entry point: no arguments open the window, arguments run the command line. A plain class, because an
 * {@code Application} subclass as main class fails from a jar on the class path. Collection files alone
 * ({@code *.courier.json}, as the desktop passes them when one is opened) open the window too; it gets them as
 * its application parameters.
 */
public final class Main {

    private static final String COLLECTION_SUFFIX = ".courier.json";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || Arrays.stream(args).allMatch(arg -> arg.endsWith(COLLECTION_SUFFIX))) {
            CdsArchiveCheck.startInBackground();
            CourierApp.launchWindow(args);
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
    }
}
