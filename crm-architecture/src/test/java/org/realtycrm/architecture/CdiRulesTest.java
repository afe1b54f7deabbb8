package org.realtycrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

/** What CDI in an EAR on Payara needs of our beans to behave the same whatever happens first after a start. */
@AnalyzeClasses(packages = PackageGrid.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class CdiRulesTest {

    private static final DescribedPredicate<JavaMethod> OBSERVERS = new DescribedPredicate<>("observe a CDI event") {
        @Override
        public boolean test(JavaMethod method) {
            return method.getParameters().stream().anyMatch(parameter -> parameter.isAnnotatedWith(Observes.class)
                    || parameter.isAnnotatedWith(ObservesAsync.class));
        }
    };

    @ArchTest
    static final ArchRule observer_methods_are_public = methods().that(OBSERVERS).should().bePublic()
            .as("CDI observer methods are public")
            .because("Weld may define a bean's client proxy in another class loader than the bean (when the first "
                    + "event comes from a batch, timer or JMS thread); a package-private observer is then not "
                    + "overridden and runs on the bare proxy, whose injected fields are null");
}
