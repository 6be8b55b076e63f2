package papernotes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/// The layering of docs/architecture.md, checked on the compiled main classes:
/// `model` ← `storage` (JDBC), `search` (Lucene), `markdown` (flexmark), `interchange` (Jackson) ← `service` ←
/// `ui` (JavaFX) and `cli`; the root package `papernotes` is the composition root and may use everything.
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("papernotes");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("papernotes.model..")
                .layer("storage").definedBy("papernotes.storage..")
                .layer("search").definedBy("papernotes.search..")
                .layer("markdown").definedBy("papernotes.markdown..")
                .layer("interchange").definedBy("papernotes.interchange..")
                .layer("service").definedBy("papernotes.service..")
                .layer("ui").definedBy("papernotes.ui..")
                .layer("cli").definedBy("papernotes.cli..")
                .layer("root").definedBy("papernotes")
                .whereLayer("root").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("root")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("root")
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "root")
                .whereLayer("storage").mayOnlyBeAccessedByLayers("service", "root")
                .whereLayer("search").mayOnlyBeAccessedByLayers("service", "root")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("service", "root")
                .whereLayer("interchange").mayOnlyBeAccessedByLayers("service", "cli", "root")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("papernotes.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("papernotes.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void onlyStorageUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("papernotes.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .check(CLASSES);
    }

    @Test
    void onlySearchUsesLucene() {
        noClasses().that().resideOutsideOfPackage("papernotes.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void onlySearchUsesTheChineseLanguageLibraries() {
        noClasses().that().resideOutsideOfPackage("papernotes.search..")
                .should().dependOnClassesThat().resideInAnyPackage("com.hankcs..", "net.sourceforge.pinyin4j..")
                .check(CLASSES);
    }

    @Test
    void onlySearchUsesTheMeaningModel() {
        noClasses().that().resideOutsideOfPackage("papernotes.search..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
                .check(CLASSES);
    }

    @Test
    void onlyMarkdownUsesFlexmarkAndJsoup() {
        noClasses().that().resideOutsideOfPackage("papernotes.markdown..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..", "org.jsoup..")
                .check(CLASSES);
    }

    @Test
    void onlyInterchangeUsesJackson() {
        noClasses().that().resideOutsideOfPackage("papernotes.interchange..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.yaml..")
                .check(CLASSES);
    }

    @Test
    void onlyInterchangeUsesJbibtex() {
        noClasses().that().resideOutsideOfPackage("papernotes.interchange..")
                .should().dependOnClassesThat().resideInAPackage("org.jbibtex..")
                .check(CLASSES);
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("papernotes.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "atlantafx..",
                        "org.kordamp.ikonli..", "org.fxmisc..", "org.reactfx..")
                .check(CLASSES);
    }

    @Test
    void onlyCliUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("papernotes.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(CLASSES);
    }

    @Test
    void noCodeWritesToStandardStreamsExceptTheEntryPoint() {
        noClasses().that().doNotHaveFullyQualifiedName(PaperNotes.class.getName())
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    /// The measuring tools (`bench`, `eval`, the memory probe: src/bench/java, compiled on their own into
    /// target/bench-classes) depend on the product; the product never on them (ADR 0016).
    private static final JavaClasses MEASURING = new ClassFileImporter()
            .importPath(java.nio.file.Path.of("target", "bench-classes"));

    @Test
    void theProductNeverDependsOnTheMeasuringTools() {
        noClasses().should().resideInAPackage("papernotes.bench..")
                .because("measuring lives in src/bench, outside the shipped jar")
                .check(CLASSES);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("papernotes.bench..", "org.openjdk.jmh..")
                .because("the product must build and run without its measuring tools")
                .check(CLASSES);
    }

    @Test
    void theMeasuringToolsLiveInTheirOwnPackage() {
        org.junit.jupiter.api.Assertions.assertFalse(MEASURING.isEmpty(), "target/bench-classes was not compiled");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should().resideInAPackage("papernotes.bench..")
                .because("a class of src/bench outside papernotes.bench would look like the product's")
                .check(MEASURING);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("papernotes.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
