package io.hindsight.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The review's boundaries (STYLE.md): JFreeChart only in report.chart, the template engine only
 * in report, and the analysis (Review and everything it is built from) free of both.
 */
class BoundaryTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hindsight");

    @Test
    void onlyTheChartPackageImportsJFreeChart() {
        noClasses().that().resideOutsideOfPackage("io.hindsight.report.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
                .check(CLASSES);
    }

    @Test
    void analysisKnowsNothingOfTheReportChartsTemplatesOrSpark() {
        noClasses().that().resideInAnyPackage("io.hindsight.analyse", "io.hindsight.analyse.timing..",
                        "io.hindsight.analyse.actions..", "io.hindsight.analyse.quality..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hindsight.report..", "org.jfree..",
                        "com.samskivert..", "org.apache.spark..", "scala..", "java.awt..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRendererUsesTheTemplateEngine() {
        noClasses().that().resideOutsideOfPackage("io.hindsight.report")
                .should().dependOnClassesThat().resideInAnyPackage("com.samskivert..")
                .check(CLASSES);
    }
}
