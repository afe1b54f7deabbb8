package org.realtycrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.ejb.MessageDriven;
import jakarta.ws.rs.Path;

/** Names that tell a class's role (docs/architecture.md). */
@AnalyzeClasses(packages = PackageGrid.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class NamingRulesTest {

    @ArchTest
    static final ArchRule message_driven_beans_are_consumers = classes().that().areAnnotatedWith(MessageDriven.class)
            .should().haveSimpleNameEndingWith("Consumer")
            .as("JMS message-driven beans are named *Consumer")
            .because("queues are named for what happened and consumed by *Consumer MDBs that call a boundary");

    @ArchTest
    static final ArchRule no_impl_or_manager = noClasses()
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .as("no class is named *Impl or *Manager")
            .because("a name says what the class does: JpaLeadRepository implements LeadRepository, Leads is the "
                    + "leads boundary");

    @ArchTest
    static final ArchRule resources_are_named_and_placed = classes().that().areAnnotatedWith(Path.class)
            .should().haveSimpleNameEndingWith("Resource")
            .andShould().resideInAPackage("..rest..")
            .as("JAX-RS resources (@Path classes) are named *Resource and live in a ..rest.. package");
}
