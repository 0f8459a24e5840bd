package dev.courier.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.ProxySetting;
import dev.courier.testing.ForwardingProxy;
import dev.courier.ui.WindowTest;
import java.util.List;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The application's proxy, chosen in the preferences dialog, carries the next request. */
class NetworkPreferencesDialogTest extends WindowTest {

    @Test
    void aManualProxyChosenInTheDialogIsUsed(FxRobot robot) throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(null)) {
            robot.clickOn("#more-menu").clickOn("Network preferences…");
            robot.clickOn(robot.lookup("#preferences-proxy").queryAs(ComboBox.class)).clickOn("Manual HTTP proxy");
            robot.clickOn("#preferences-proxy-host").write("127.0.0.1");
            robot.clickOn("#preferences-proxy-port").write(Integer.toString(proxy.port()));
            robot.clickOn("OK");
            assertThat(network.preferences().proxy())
                    .isEqualTo(new ProxySetting.Manual("127.0.0.1", proxy.port(), "", "", List.of()));

            robot.clickOn("#url").write(server.url("/via-proxy"));
            robot.clickOn("#send");
            assertThat(proxy.take().requestLine()).isEqualTo("POST " + server.url("/via-proxy") + " HTTP/1.1");
            assertThat(server.take().pathAndQuery()).isEqualTo("/via-proxy");
        }
    }
}
