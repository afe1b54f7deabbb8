package org.realtycrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** "Packages: by feature, then role" (docs/architecture.md). */
@AnalyzeClasses(packages = PackageGrid.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule every_class_lives_in_a_feature_role_package = classes()
            .should(new ArchCondition<JavaClass>("live in org.realtycrm.<feature>.<role>") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    String pkg = javaClass.getPackageName();
                    boolean inGrid = PackageGrid.packages().containsKey(pkg);
                    events.add(new SimpleConditionEvent(javaClass, inGrid, javaClass.getName() + " is in package "
                            + pkg + ", which is not in the grid: a class lives in org.realtycrm.<feature>.<role> with "
                            + "a feature of " + PackageGrid.FEATURES + " and a role of " + PackageGrid.ROLES.keySet()
                            + ", or in one of the platform's packages org.realtycrm.platform."
                            + PackageGrid.PLATFORM.keySet() + " (a new feature or platform package goes into "
                            + "docs/architecture.md and PackageGrid first)"));
                }
            })
            .as("every class lives in org.realtycrm.<feature>.<role>, or in one of the platform's own packages");

    @ArchTest
    static final ArchRule each_role_lives_in_its_module = classes()
            .should(new ArchCondition<JavaClass>("be compiled in the module that holds its role") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    Optional<CrmModule> expected = PackageGrid.moduleFor(javaClass.getPackageName());
                    Optional<CrmModule> actual = CrmModule.of(javaClass);
                    if (expected.isEmpty()) {
                        return; // reported by every_class_lives_in_a_feature_role_package
                    }
                    events.add(new SimpleConditionEvent(javaClass, expected.equals(actual), javaClass.getName()
                            + " is in " + CrmModule.nameOf(javaClass) + ", but the package "
                            + javaClass.getPackageName() + " belongs to " + expected.get() + " (entity: crm-domain, "
                            + "control and boundary: crm-ejb, batch: crm-batch, rest: crm-web, ui: crm-ui; platform: "
                            + PackageGrid.PLATFORM + ")"));
                }
            })
            .as("each role's package lives in its module: entity in crm-domain, control and boundary in crm-ejb, batch "
                    + "in crm-batch, rest in crm-web, ui in crm-ui");

    @ArchTest
    static final ArchRule no_package_is_split_across_modules = classes()
            .should(new ArchCondition<JavaClass>("come from the one module that holds its package") {
                private final Map<String, Map<String, Integer>> classesPerModule = new TreeMap<>();

                @Override
                public void init(Collection<JavaClass> allClasses) {
                    classesPerModule.clear();
                    for (JavaClass javaClass : allClasses) {
                        classesPerModule.computeIfAbsent(javaClass.getPackageName(), p -> new TreeMap<>())
                                .merge(CrmModule.nameOf(javaClass), 1, Integer::sum);
                    }
                }

                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    String pkg = javaClass.getPackageName();
                    Map<String, Integer> modules = classesPerModule.get(pkg);
                    if (modules.size() == 1) {
                        return;
                    }
                    // the owner: the module the grid names, else the module with most of the package's classes
                    String owner = PackageGrid.moduleFor(pkg).map(m -> m.artifactId).filter(modules::containsKey)
                            .orElseGet(() -> modules.entrySet().stream().max(Map.Entry.comparingByValue())
                                    .orElseThrow().getKey());
                    String module = CrmModule.nameOf(javaClass);
                    if (!module.equals(owner)) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " comes from "
                                + module + " and so splits the package " + pkg + " across " + modules.keySet()
                                + ": its other classes come from " + owner + ". A package's classes all come from "
                                + "one module (jar); give this class a package of its own module"));
                    }
                }
            })
            .as("no package is split across two modules (jars)")
            .because("a split package breaks class loading between the EAR's modules and hides which module owns a "
                    + "class");
}
