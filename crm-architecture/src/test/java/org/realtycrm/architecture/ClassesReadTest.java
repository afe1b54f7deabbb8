package org.realtycrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The other rules mean something only if they read every module's classes and know where each came from. */
@AnalyzeClasses(packages = PackageGrid.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ClassesReadTest {

    @ArchTest
    static void every_module_is_read(JavaClasses all) {
        Map<CrmModule, Integer> counts = new EnumMap<>(CrmModule.class);
        for (JavaClass javaClass : all) {
            CrmModule.of(javaClass).ifPresent(module -> counts.merge(module, 1, Integer::sum));
        }
        for (CrmModule module : CrmModule.values()) {
            if (counts.getOrDefault(module, 0) == 0) {
                throw new AssertionError("no class of " + module + " was read (read: " + counts + "); the rules "
                        + "would check nothing there. Is " + module + " a test dependency of crm-architecture?");
            }
        }
    }

    @ArchTest
    static final ArchRule every_class_comes_from_a_known_module = classes()
            .should().resideInAPackage(PackageGrid.BASE + "..")
            .andShould(new ArchCondition<JavaClass>("come from a known module") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    events.add(new SimpleConditionEvent(javaClass,
                            CrmModule.of(javaClass).isPresent(), javaClass.getName() + " was read from "
                            + javaClass.getSource().map(s -> s.getUri().toString()).orElse("nowhere")
                            + ", which is none of " + Arrays.toString(CrmModule.values())
                            + " (their target/classes or their jars)"));
                }
            })
            .as("every class read comes from crm-domain, crm-ejb, crm-batch, crm-web, crm-ui or crm-site");
}
