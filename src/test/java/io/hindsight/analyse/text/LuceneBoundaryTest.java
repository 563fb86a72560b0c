package io.hindsight.analyse.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Lucene stays inside analyse.text; the cause analysis stays free of Spark and charts. */
class LuceneBoundaryTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hindsight.analyse");

    @Test
    void onlyTheTextPackageImportsLucene() {
        noClasses().that().resideOutsideOfPackage("io.hindsight.analyse.text..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void causesAndTextUseNeitherSparkNorCharts() {
        noClasses().that().resideInAnyPackage("io.hindsight.analyse.text..", "io.hindsight.analyse.causes..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.jfree..", "scala..")
                .check(classes);
    }
}
