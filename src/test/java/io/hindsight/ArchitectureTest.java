package io.hindsight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The data flow is the folder tree (STYLE.md): these boundaries keep it so. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hindsight");

    @Test
    void onlySparkAndJobImportSpark() {
        noClasses().that().resideOutsideOfPackages("io.hindsight.spark..", "io.hindsight.job..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .check(MAIN);
    }

    @Test
    void onlyAnalyseTextImportsLucene() {
        noClasses().that().resideOutsideOfPackage("io.hindsight.text..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(MAIN);
    }

    @Test
    void onlyReportImportsJFreeChart() {
        noClasses().that().resideOutsideOfPackage("io.hindsight.report..")
                .should().dependOnClassesThat().resideInAPackage("org.jfree..")
                .check(MAIN);
    }

    @Test
    void modelIsJdkOnly() {
        noClasses().that().resideInAPackage("io.hindsight.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.hindsight.model..", "java..")
                .check(MAIN);
    }

    @Test
    void extractAndIngestDoNotReachDownstream() {
        noClasses().that().resideInAnyPackage("io.hindsight.ingest..", "io.hindsight.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hindsight.analyse..", "io.hindsight.report..",
                        "io.hindsight.job..", "io.hindsight.spark..", "io.hindsight.cli..")
                .check(MAIN);
    }

    @Test
    void textIsShared() {
        // the language tools (the Lucene analyzer chain) serve extraction and analysis alike
        noClasses().that().resideInAPackage("io.hindsight.text..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hindsight.ingest..", "io.hindsight.extract..",
                        "io.hindsight.analyse..", "io.hindsight.report..", "io.hindsight.job..", "io.hindsight.spark..",
                        "io.hindsight.cli..")
                .check(MAIN);
    }

    @Test
    void analyseDoesNotReachTheJobOrTheReport() {
        noClasses().that().resideInAPackage("io.hindsight.analyse..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hindsight.report..", "io.hindsight.job..",
                        "io.hindsight.spark..", "io.hindsight.cli..")
                .check(MAIN);
    }
}
