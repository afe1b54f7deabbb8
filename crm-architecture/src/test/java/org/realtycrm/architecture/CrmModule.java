package org.realtycrm.architecture;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;

/**
 * The modules whose classes the rules read, and which of them a class was compiled in. A class is known by where it
 * was read from: {@code <module>/target/classes} when Maven hands over the compiled classes (e.g. {@code mvn -pl
 * crm-architecture -am test}), or {@code <module>-<version>[-classes].jar} once the modules were packaged (a full
 * {@code mvn verify}).
 */
enum CrmModule {
    DOMAIN("crm-domain"), EJB("crm-ejb"), BATCH("crm-batch"), WEB("crm-web"), UI("crm-ui"), SITE("crm-site");

    private static final String CLASS_ROOT = "/org/realtycrm/";
    private static final Pattern TARGET_CLASSES = Pattern.compile(".*/(crm-[a-z]+)/target/classes/?$");
    // crm-site-classes.jar: the website's WAR has a fixed name (site.sh starts crm-site.war), and so its classes jar
    private static final Pattern MODULE_JAR = Pattern.compile(".*/(crm-[a-z]+)(?:-\\d[^/]*|-classes)\\.jar!/?$");

    final String artifactId;

    CrmModule(String artifactId) {
        this.artifactId = artifactId;
    }

    static Optional<CrmModule> of(JavaClass javaClass) {
        return javaClass.getSource().map(Source::getUri).flatMap(CrmModule::of);
    }

    static Optional<CrmModule> of(URI classFile) {
        String uri = classFile.toString();
        // the last one: the local Maven repository's own path holds /org/realtycrm/ too (the group id)
        int root = uri.lastIndexOf(CLASS_ROOT);
        if (root < 0) {
            return Optional.empty();
        }
        String location = uri.substring(0, root);
        for (Pattern pattern : new Pattern[] {TARGET_CLASSES, MODULE_JAR}) {
            Matcher matcher = pattern.matcher(location);
            if (matcher.matches()) {
                return Arrays.stream(values()).filter(m -> m.artifactId.equals(matcher.group(1))).findFirst();
            }
        }
        return Optional.empty();
    }

    static String nameOf(JavaClass javaClass) {
        return of(javaClass).map(m -> m.artifactId).orElse("an unknown module");
    }

    /** Classes compiled in one of these modules. */
    static DescribedPredicate<JavaClass> in(CrmModule... modules) {
        Set<CrmModule> wanted = Set.of(modules);
        String names = String.join(" or ", Arrays.stream(modules).map(m -> m.artifactId).toList());
        return DescribedPredicate.describe("are in " + names,
                javaClass -> of(javaClass).filter(wanted::contains).isPresent());
    }

    @Override
    public String toString() {
        return artifactId;
    }
}
