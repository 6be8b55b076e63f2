package papernotes;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/// The layering of docs/architecture.md, checked on the compiled main classes:
/// `model` ← `storage` (JDBC), `search` (Lucene), `markdown` (flexmark), `interchange` (Jackson), `git` (JGit),
/// `web` (HTTP), `pdf` (PDFBox) ← `service` ←
/// `ui` (JavaFX) and `cli`; `work` (background threads) beside `model`, for all; the root package `papernotes` is the
/// composition root and may use everything. Each rule says why it holds.
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("papernotes");

    /// The measuring tools (`bench`, `eval`, the memory probe: src/bench/java, compiled on their own into
    /// target/bench-classes) depend on the product; the product never on them (ADR 0016).
    private static final JavaClasses MEASURING = new ClassFileImporter().importPath(Path.of("target", "bench-classes"));

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("papernotes");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("model")
                .definedBy("papernotes.model..")
                .layer("storage")
                .definedBy("papernotes.storage..")
                .layer("search")
                .definedBy("papernotes.search..")
                .layer("markdown")
                .definedBy("papernotes.markdown..")
                .layer("interchange")
                .definedBy("papernotes.interchange..")
                .layer("git")
                .definedBy("papernotes.git..")
                .layer("web")
                .definedBy("papernotes.web..")
                .layer("pdf")
                .definedBy("papernotes.pdf..")
                .layer("service")
                .definedBy("papernotes.service..")
                .layer("ui")
                .definedBy("papernotes.ui..")
                .layer("cli")
                .definedBy("papernotes.cli..")
                .layer("root")
                .definedBy("papernotes")
                .layer("work")
                .definedBy("papernotes.work..")
                .whereLayer("root")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("ui")
                .mayOnlyBeAccessedByLayers("root")
                .whereLayer("cli")
                .mayOnlyBeAccessedByLayers("root")
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("ui", "cli", "root")
                .whereLayer("storage")
                .mayOnlyBeAccessedByLayers("service", "root")
                .whereLayer("search")
                .mayOnlyBeAccessedByLayers("service", "root")
                .whereLayer("markdown")
                .mayOnlyBeAccessedByLayers("service", "root")
                .whereLayer("interchange")
                .mayOnlyBeAccessedByLayers("service", "cli", "root")
                .whereLayer("git")
                .mayOnlyBeAccessedByLayers("service", "root")
                .whereLayer("web")
                .mayOnlyBeAccessedByLayers("service", "root")
                .whereLayer("pdf")
                .mayOnlyBeAccessedByLayers("service", "root")
                .because("each layer is replaceable and testable alone only if dependencies point down "
                        + "(docs/architecture.md)")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("papernotes.model..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("papernotes.model..", "java..", "org.jspecify.annotations..")
                .because(
                        "every layer shares the model, so it must carry no library with it (nullness annotations, which "
                                + "nothing reads at run time, aside)")
                .check(CLASSES);
    }

    @Test
    void workDependsOnNothingButTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("papernotes.work..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("papernotes.work..", "java..", "org.jspecify.annotations..")
                .because("every layer runs its background work through it, so it must carry nothing with it (nullness "
                        + "annotations aside)")
                .check(CLASSES);
    }

    @Test
    void threadsAreMadeOnlyByTheWorkers() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.work..")
                .should()
                .callConstructorWhere(target(owner(assignableTo(Thread.class))))
                .orShould()
                .callMethodWhere(target(owner(type(Thread.class)))
                        .and(target(nameMatching("ofPlatform|ofVirtual|startVirtualThread"))))
                .orShould()
                .callMethodWhere(target(owner(type(Executors.class))))
                .because("background work goes through papernotes.work.Workers: one place names its threads, "
                        + "keeps them from holding the process open, and lets tests run the work in-thread (ADR 0017)")
                .check(CLASSES);
    }

    @Test
    void onlyStorageUsesJdbc() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.storage..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .because("SQLite is the single source of truth and every write goes through storage's transactions")
                .check(CLASSES);
    }

    @Test
    void onlySearchUsesLucene() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .because("the index is derived and rebuilt from storage; nothing else may know how it is kept")
                .check(CLASSES);
    }

    @Test
    void onlySearchUsesTheChineseLanguageLibraries() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.hankcs..", "net.sourceforge.pinyin4j..")
                .because("segmentation and pinyin are part of the search's analysis, which indexing and querying "
                        + "must share")
                .check(CLASSES);
    }

    @Test
    void onlySearchUsesTheMeaningModel() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
                .because("the meaning model is loaded lazily behind the search; elsewhere it would load at start")
                .check(CLASSES);
    }

    @Test
    void onlyMarkdownUsesFlexmarkAndJsoup() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.markdown..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vladsch.flexmark..", "org.jsoup..")
                .because("one place turns Markdown into safe HTML (docs/decisions/0006-note-view-webview.md)")
                .check(CLASSES);
    }

    @Test
    void onlyInterchangeUsesJackson() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.interchange..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "org.yaml..")
                .because("file formats, their limits and their error messages live in one layer")
                .check(CLASSES);
    }

    @Test
    void onlyGitUsesJgit() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.git..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.jgit..")
                .because("diffs, merges and the exchange with remotes follow git's rules, kept in one layer "
                        + "(docs/decisions/0018-line-diffs-from-jgit.md)")
                .check(CLASSES);
    }

    @Test
    void onlyWebAsksTheNetwork() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net.http..", "com.sun.net.httpserver..")
                .because("requests to services keep to their etiquette (spacing, Retry-After, time limits) only "
                        + "if they all go through papernotes.web.PoliteClient")
                .check(CLASSES);
    }

    @Test
    void onlyPdfUsesPdfbox() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .because("a PDF is hostile input: its limits (size, pages, inflated streams) and its one-sentence "
                        + "errors hold only if every PDF is read through papernotes.pdf.PdfTexts")
                .check(CLASSES);
    }

    @Test
    void onlyInterchangeUsesJbibtex() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.interchange..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jbibtex..")
                .because("file formats, their limits and their error messages live in one layer")
                .check(CLASSES);
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "com.sun.javafx..",
                        "atlantafx..",
                        "org.kordamp.ikonli..",
                        "org.fxmisc..",
                        "org.reactfx..")
                .because("the command line must run without loading the toolkit, and the services without a window")
                .check(CLASSES);
    }

    @Test
    void viewModelsNeverTouchTheScene() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a ViewModel holds state and commands only, so it is tested without a window (ADR 0008)")
                .check(CLASSES);
    }

    @Test
    void onlyCliUsesPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("papernotes.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .because("the command line's parser is one layer beside the window, not below it")
                .check(CLASSES);
    }

    @Test
    void noCodeWritesToStandardStreamsExceptTheEntryPoint() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(PaperNotes.class.getName())
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("commands print through their Terminal, so tests read what users see; the rest logs")
                .check(CLASSES);
    }

    @Test
    void theProductNeverDependsOnTheMeasuringTools() {
        noClasses()
                .should()
                .resideInAPackage("papernotes.bench..")
                .because("measuring lives in src/bench, outside the shipped jar")
                .check(CLASSES);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("papernotes.bench..", "org.openjdk.jmh..")
                .because("the product must build and run without its measuring tools")
                .check(CLASSES);
    }

    @Test
    void theMeasuringToolsLiveInTheirOwnPackage() {
        assertFalse(MEASURING.isEmpty(), "target/bench-classes was not compiled");
        classes()
                .should()
                .resideInAPackage("papernotes.bench..")
                .because("a class of src/bench outside papernotes.bench would look like the product's")
                .check(MEASURING);
    }

    @Test
    void testsUseOneAssertionLibrary() {
        assertFalse(TESTS.isEmpty(), "no test classes found");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.assertj..",
                        "org.hamcrest..",
                        "com.google.common.truth..",
                        "org.testfx.assertions..",
                        "org.junit")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.testfx.api.FxAssert")
                .because("JUnit's assertions are enough, and one style reads the same in every test")
                .check(TESTS);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("papernotes.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a cycle between packages makes both one unit that cannot be understood alone")
                .check(CLASSES);
    }
}
