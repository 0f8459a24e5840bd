package dev.courier.ui.vars;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.VariableContext;
import dev.courier.core.vars.VariableResolver;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.WindowTest;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** {{variables}} in the request editors: colours, field marks and tooltips, hover, Ctrl+Space. */
class VariablesInEditorsTest extends WindowTest {

    private static final String SECRET = "s3cret-Token-42";

    private String base;

    @BeforeEach
    void useAnEnvironment(FxRobot robot) {
        base = "http://127.0.0.1:" + server.port();
        robot.interact(() -> vm.variablesProperty().set(resolver(List.of())));
    }

    /** The environment "Local" with base, a secret token and {@code more}. */
    private VariableResolver resolver(List<Variable> more) {
        List<Variable> variables = new java.util.ArrayList<>(List.of(Variable.of("base", base),
                Variable.secret("token", SECRET)));
        variables.addAll(more);
        return VariableContext.of(null, new Environment("Local", variables), List.of()).forScratch(vm.toSpec());
    }

    private static Optional<ContextMenu> completionMenu() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu menu && menu.isShowing()
                        && menu.getStyleClass().contains("variable-completion"))
                .map(ContextMenu.class::cast)
                .findFirst();
    }

    private static void pressCtrlSpace(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        waitUntil(() -> completionMenu().isPresent());
    }

    private void replaceBody(FxRobot robot, String text) {
        robot.clickOn("#body");
        selectAll(robot);
        robot.type(KeyCode.DELETE);
        robot.write(text);
    }

    private static boolean styled(CodeArea area, String text, String styleClass) {
        int at = area.getText().indexOf(text);
        return at >= 0 && area.getStyleOfChar(at + 2).contains(styleClass)
                && area.getStyleOfChar(at + text.length() - 1).contains(styleClass);
    }

    private static boolean unresolved(TextField field) {
        return field.getPseudoClassStates().contains(VariableField.UNRESOLVED);
    }

    private static String tooltip(TextField field) {
        Tooltip tooltip = field.getTooltip();
        return tooltip == null ? "" : tooltip.getText();
    }

    @Test
    void ctrlSpaceInTheBodyCompletesThePartlyTypedName(FxRobot robot) throws Exception {
        CodeArea body = area(robot, "#body");
        replaceBody(robot, "{{ba"); // the JSON editor pairs the braces: "{{ba}}"
        pressCtrlSpace(robot);
        assertThat(completionMenu().orElseThrow().getItems()).extracting(item -> item.getText())
                .containsExactly("base");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> body.getText().contains("{{base}}"));
        assertThat(body.getText()).isEqualTo("{{base}}");
        assertThat(body.getCaretPosition()).isEqualTo(8);
        assertThat(completionMenu()).isEmpty();
    }

    @Test
    void arrowsChooseAnotherNameAndEscapeClosesWithoutAChange(FxRobot robot) throws Exception {
        CodeArea body = area(robot, "#body");
        replaceBody(robot, "\"auth\": ");
        pressCtrlSpace(robot);
        assertThat(completionMenu().orElseThrow().getItems()).extracting(item -> item.getText())
                .contains("base", "token", "$guid");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> completionMenu().isEmpty());
        assertThat(body.getText()).isEqualTo("\"auth\": ");

        robot.write("{{");
        pressCtrlSpace(robot);
        List<String> offered = completionMenu().orElseThrow().getItems().stream().map(i -> i.getText()).toList();
        assertThat(offered).as("the environment's names before the dynamic ones").startsWith("base", "token");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> completionMenu().isEmpty());
        assertThat(body.getText()).isEqualTo("\"auth\": {{" + offered.get(1) + "}}");
    }

    @Test
    void bodyReferencesAreColouredByWhetherTheyResolveAndFollowTheResolver(FxRobot robot) throws Exception {
        CodeArea body = area(robot, "#body");
        robot.interact(() -> vm.body().textProperty().set("{\"url\": \"{{base}}/x\", \"id\": \"{{nope}}\"}"));
        waitUntil(() -> styled(body, "{{nope}}", "variable-unresolved"));
        assertThat(styled(body, "{{base}}", "variable")).isTrue();
        assertThat(body.getStyleOfChar(body.getText().indexOf("{{base}}") + 2))
                .doesNotContain("variable-unresolved");

        robot.interact(() -> vm.variablesProperty().set(resolver(List.of(Variable.of("nope", "7")))));
        waitUntil(() -> styled(body, "{{nope}}", "variable") && !styled(body, "{{nope}}", "variable-unresolved"));
    }

    @Test
    void hoveringAReferenceShowsItsMaskedValueAndSource(FxRobot robot) throws Exception {
        CodeArea body = area(robot, "#body");
        robot.interact(() -> vm.body().textProperty().set("{\"token\": \"{{token}}\", \"n\": \"{{nope}}\"}"));
        AreaVariables variables = AreaVariables.of(body).orElseThrow();

        robot.moveTo(centreOf(body, "{{token}}"));
        waitUntil(variables::hoverShowing);
        assertThat(variables.hoverText()).isEqualTo("token\n" + VariableInfo.MASK + "\nenvironment Local")
                .doesNotContain(SECRET);

        robot.moveTo(centreOf(body, "{{nope}}"));
        waitUntil(() -> variables.hoverText().contains("Unresolved variable"));
        assertThat(variables.hoverText()).isEqualTo("nope\nUnresolved variable");
    }

    private static Point2D centreOf(CodeArea area, String text) throws Exception {
        int at = area.getText().indexOf(text);
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at + 3, at + 4)).get()
                .orElseThrow();
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    @Test
    void theUrlFieldIsMarkedUnresolvedAndItsTooltipMasksTheSecret(FxRobot robot) throws Exception {
        TextField url = robot.lookup("#url").queryAs(TextField.class);
        robot.clickOn("#url").write("{{nope}}/users");
        assertThat(unresolved(url)).isTrue();
        assertThat(tooltip(url)).isEqualTo("nope — unresolved");

        selectAll(robot);
        robot.write("{{base}}/users?token={{token}}");
        assertThat(unresolved(url)).isFalse();
        assertThat(tooltip(url)).isEqualTo("base = " + base + " (environment Local)\ntoken = "
                + VariableInfo.MASK + " (environment Local)").doesNotContain(SECRET);

        selectAll(robot);
        robot.write("{{base}}/a b");
        assertThat(tooltip(url)).as("the URL's own problem comes first")
                .startsWith("URL contains a space").endsWith("base = " + base + " (environment Local)");
    }

    @Test
    void ctrlSpaceInTheUrlAndInAHeaderCellCompletes(FxRobot robot) throws Exception {
        TextField url = robot.lookup("#url").queryAs(TextField.class);
        robot.clickOn("#url").write("{{ba");
        pressCtrlSpace(robot);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> url.getText().equals("{{base}}"));
        robot.write("/users");
        assertThat(url.getText()).isEqualTo("{{base}}/users");
        assertThat(vm.stateProperty().get()).as("Enter chose a name; it did not send")
                .isEqualTo(RequestViewModel.State.IDLE);

        robot.clickOn("#add-header").write("X-Token");
        TextField value = field(robot, "#headers", "kv-value", 3);
        robot.clickOn(value).write("t={{TO");
        pressCtrlSpace(robot);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> value.getText().equals("t={{token}}"));
        assertThat(unresolved(value)).isFalse();
        assertThat(tooltip(value)).isEqualTo("token = " + VariableInfo.MASK + " (environment Local)");
    }

    @Test
    void headerCellsFollowTheResolver(FxRobot robot) throws Exception {
        TextField authorization = field(robot, "#headers", "kv-value", 0); // derived from the Auth tab
        assertThat(authorization.getText()).isEqualTo("Bearer {{token}}");
        assertThat(unresolved(authorization)).isFalse();

        robot.interact(() -> vm.variablesProperty().set(VariableContext.of(null, null, List.of()).forCollection()));
        waitUntil(() -> unresolved(authorization));
        assertThat(tooltip(authorization)).isEqualTo("token — unresolved");
    }
}
