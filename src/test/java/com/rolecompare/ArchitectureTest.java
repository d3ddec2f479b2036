package com.rolecompare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The features depend on each other one way only: a page lives with the feature whose data it shows, and
 * {@code web} and {@code content} (what every feature uses) know no feature. A new cycle fails the build.
 */
@AnalyzeClasses(packages = "com.rolecompare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("com.rolecompare.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedPackagesKnowNoFeature = noClasses()
            .that().resideInAnyPackage("com.rolecompare.web..", "com.rolecompare.content..")
            .should().dependOnClassesThat().resideInAnyPackage("com.rolecompare.role..", "com.rolecompare.comparison..",
                    "com.rolecompare.dimension..", "com.rolecompare.faq..", "com.rolecompare.home..",
                    "com.rolecompare.system..", "com.rolecompare.api..");
}
