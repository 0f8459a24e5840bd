package dev.courier.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DESIGN.md, enforced. */
@AnalyzeClasses(packages = "dev.courier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiKnowsJavaFx = noClasses()
            .that().resideInAnyPackage("dev.courier.core..", "dev.courier.codegen..", "dev.courier.io..",
                    "dev.courier.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("core, codegen, io and cli must run without a toolkit");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc..",
                    "atlantafx..")
            .because("a ViewModel is testable without a toolkit");

    @ArchTest
    static final ArchRule oneUiThreadSeam = noClasses()
            .that().doNotHaveSimpleName("CourierApp")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("ViewModels and views receive the UI executor; CourierApp alone creates it");

    @ArchTest
    static final ArchRule noStackTracesPrinted = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .because("errors are shown to people as readable causes, and logged through System.Logger");

    @ArchTest
    static final ArchRule uiStaysInUi = classes()
            .that().resideInAPackage("dev.courier.ui..")
            .should().onlyBeAccessed().byAnyPackage("dev.courier.ui..", "dev.courier")
            .because("nothing below the UI may call up into it");
}
