package io.hindsight.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The text package and the cause analysis stay free of Spark and charts (ArchitectureTest keeps Lucene inside the text package). */
class TextBoundaryTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hindsight.analyse", "io.hindsight.text");

    @Test
    void causesAndTextUseNeitherSparkNorCharts() {
        noClasses().that().resideInAnyPackage("io.hindsight.text..", "io.hindsight.analyse.causes..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.jfree..", "scala..")
                .check(classes);
    }
}
