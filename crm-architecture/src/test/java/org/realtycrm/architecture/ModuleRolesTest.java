package org.realtycrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.realtycrm.architecture.CrmModule.BATCH;
import static org.realtycrm.architecture.CrmModule.DOMAIN;
import static org.realtycrm.architecture.CrmModule.EJB;
import static org.realtycrm.architecture.CrmModule.SITE;
import static org.realtycrm.architecture.CrmModule.UI;
import static org.realtycrm.architecture.CrmModule.WEB;
import static org.realtycrm.architecture.CrmModule.in;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.ejb.Stateless;

/** "Modules hold roles" (docs/architecture.md): which module may use which API and which other module. */
@AnalyzeClasses(packages = PackageGrid.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRolesTest {

    /**
     * The control types the web modules use, each for a reason the docs give; any other control is reached through a
     * boundary. Nested types count as their outer type (TokenIssuer.SignedToken is what Authenticator returns).
     */
    static final Set<String> CONTROLS_THE_WEB_MODULES_MAY_USE = Set.of(
            // the caller's account for this request: ActiveAccountFilter, ActiveSessionFilter, SignedInUser
            "org.realtycrm.identity.control.CurrentUser",
            // one sign-in allowance per email and address for the API and the form (ADR 0006)
            "org.realtycrm.identity.control.SignInAttempts",
            // the crm_cred claim's name (ActiveAccountFilter) and SignedToken, Authenticator's answer
            "org.realtycrm.identity.control.TokenIssuer",
            // the CDI event the bell's websocket push observes after the commit
            "org.realtycrm.notification.control.NotificationsDelivered",
            // the same, when another node delivered them (PeerBellListener)
            "org.realtycrm.notification.control.NotificationsRelayed",
            // configuration key names (the brokerage time zone)
            "org.realtycrm.lead.control.LeadSettings");

    @ArchTest
    static final ArchRule domain_uses_no_container_or_edge_api = noClasses().that(in(DOMAIN))
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ejb..", "jakarta.servlet..", "jakarta.ws.rs..", "jakarta.faces..", "jakarta.batch..",
                    "org.primefaces..")
            .as("crm-domain (entities, value objects, repository interfaces) uses no EJB, servlet, JAX-RS, Faces or "
                    + "batch API")
            .because("the domain is plain Java plus JPA; session beans, jobs and HTTP belong in the other modules");

    @ArchTest
    static final ArchRule domain_depends_on_no_other_module = noClasses().that(in(DOMAIN))
            .should().dependOnClassesThat(in(EJB, BATCH, WEB, UI))
            .as("crm-domain uses no class of crm-ejb, crm-batch, crm-web or crm-ui")
            .because("every other module builds on crm-domain (crm.ear/lib), never the other way round");

    @ArchTest
    static final ArchRule core_depends_on_no_web_module = noClasses().that(in(EJB, BATCH))
            .should().dependOnClassesThat(in(WEB, UI))
            .as("crm-ejb and crm-batch use no class of crm-web or crm-ui")
            .because("the web modules sit on top of the boundaries; a WAR's classes are not even visible to the EJB "
                    + "modules of the EAR");

    @ArchTest
    static final ArchRule ejb_depends_on_no_batch_class = noClasses().that(in(EJB))
            .should().dependOnClassesThat(in(BATCH))
            .as("crm-ejb uses no class of crm-batch")
            .because("crm-batch builds on crm-ejb (its jobs call the controls), not the other way round");

    @ArchTest
    static final ArchRule core_uses_no_web_api = noClasses().that(in(EJB, BATCH))
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..", "org.primefaces..")
            .as("crm-ejb and crm-batch use no JAX-RS, Faces, PrimeFaces or servlet API")
            .because("HTTP, screens and their types belong in crm-web and crm-ui; boundaries take and return plain "
                    + "values");

    @ArchTest
    static final ArchRule web_uses_no_class_of_ui = noClasses().that(in(WEB))
            .should().dependOnClassesThat(in(UI))
            .as("crm-web uses no class of crm-ui")
            .because("the two WARs cannot see each other's classes (ADR 0006); what both need lives in crm-ejb or "
                    + "crm-domain");

    @ArchTest
    static final ArchRule ui_uses_no_class_of_web = noClasses().that(in(UI))
            .should().dependOnClassesThat(in(WEB))
            .as("crm-ui uses no class of crm-web")
            .because("the two WARs cannot see each other's classes (ADR 0006); what both need lives in crm-ejb or "
                    + "crm-domain");

    @ArchTest
    static final ArchRule site_uses_no_other_module = noClasses().that(in(SITE))
            .should().dependOnClassesThat(in(DOMAIN, EJB, BATCH, WEB, UI))
            .as("crm-site uses no class of the core's modules")
            .because("the website runs on Payara Micro nodes without the EAR: it reads the site_* views and hands "
                    + "what it captures to the core's signed intake endpoint, and holds no business rule");

    @ArchTest
    static final ArchRule core_modules_use_no_site_class = noClasses().that(in(DOMAIN, EJB, BATCH, WEB, UI))
            .should().dependOnClassesThat(in(SITE))
            .as("the core's modules use no class of crm-site")
            .because("the website is deployed apart from the EAR");

    @ArchTest
    static final ArchRule web_modules_call_boundaries_not_controls = noClasses().that(in(WEB, UI))
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "are controls (..control..) other than " + CONTROLS_THE_WEB_MODULES_MAY_USE.stream()
                            .map(name -> name.substring(name.lastIndexOf('.') + 1)).sorted().toList(),
                    ModuleRolesTest::isControlOffTheList))
            .as("crm-web and crm-ui call boundaries, never controls (except the few listed in ModuleRolesTest)")
            .because("a resource or a screen calls one boundary method, which carries the @RolesAllowed and the "
                    + "transaction; a control called directly skips both");

    @ArchTest
    static final ArchRule web_modules_use_only_job_starters_of_batch = noClasses().that(in(WEB, UI))
            .should().dependOnClassesThat(in(BATCH).and(DescribedPredicate.describe(
                    "are not a @Stateless bean that starts a job (or a type declared in one)",
                    javaClass -> !isOrIsInside(javaClass, Stateless.class))))
            .as("crm-web and crm-ui use crm-batch only through the boundaries that start its jobs (LeadImports, "
                    + "DemoLeads), never its readers, writers or helpers")
            .because("the job's artifacts run inside the batch runtime; the screens and the API go through a "
                    + "boundary with its @RolesAllowed");

    private static boolean isControlOffTheList(JavaClass javaClass) {
        JavaClass outermost = javaClass;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return PackageGrid.roleOf(javaClass.getPackageName()).filter("control"::equals).isPresent()
                && !CONTROLS_THE_WEB_MODULES_MAY_USE.contains(outermost.getName());
    }

    private static boolean isOrIsInside(JavaClass javaClass, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (JavaClass c = javaClass; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (c.isAnnotatedWith(annotation)) {
                return true;
            }
        }
        return false;
    }
}
