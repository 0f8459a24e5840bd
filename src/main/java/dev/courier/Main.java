package dev.courier;

import dev.courier.cli.Cli;
import dev.courier.ui.CourierApp;

/**
 * The jar's entry point: no arguments open the window, arguments run the command line. A plain class, because an
 * {@code Application} subclass as main class fails from a jar on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            CourierApp.launchWindow(args);
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
    }
}
