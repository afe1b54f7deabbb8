package org.realtycrm.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/** Boundary, control, entity: who may call whom, and where the roles are declared (docs/architecture.md). */
@AnalyzeClasses(packages = PackageGrid.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule entities_depend_on_no_boundary_or_control = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
            .as("entities (..entity..) use no boundary or control")
            .because("an entity guards its own rules; the boundaries and controls call it, not the other way round");

    @ArchTest
    static final ArchRule controls_use_no_boundary_of_another_feature = classes().that().resideInAPackage("..control..")
            .should(new ArchCondition<JavaClass>("use no boundary of another feature") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    Optional<String> feature = PackageGrid.featureOf(javaClass.getPackageName());
                    for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        boolean boundary = PackageGrid.roleOf(target).filter("boundary"::equals).isPresent();
                        if (boundary && !PackageGrid.featureOf(target).equals(feature)) {
                            events.add(SimpleConditionEvent.violated(dependency, "the control "
                                    + javaClass.getName() + " uses the boundary of another feature: "
                                    + dependency.getDescription()
                                    + "; a control serves its own feature's boundary, and features meet in controls"));
                        }
                    }
                }
            })
            .as("controls use no boundary of another feature");

    @ArchTest
    static final ArchRule session_beans_declare_who_may_call_them = classes().that().areAnnotatedWith(Stateless.class)
            .should(beAnnotatedWith(RolesAllowed.class).or(beAnnotatedWith(PermitAll.class)))
            .as("every @Stateless boundary declares its callers with @RolesAllowed (or @PermitAll, as Authenticator "
                    + "does) on the class")
            .because("roles are declared, never coded: the container checks them before any business code runs");

    @ArchTest
    static final ArchRule csv_files_are_written_through_csv_export = noClasses()
            .that().resideOutsideOfPackage("..platform.csv..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
            .as("CSV files are written through platform.csv.CsvExport, never a bare CSVPrinter")
            .because("CsvExport neutralises cells a spreadsheet would run as a formula (CSV injection); a report or "
                    + "export written any other way could hand one to whoever opens it");
}
