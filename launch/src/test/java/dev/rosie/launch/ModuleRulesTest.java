package dev.rosie.launch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module table of DESIGN.md as executable rules: a module may use only the modules it is
 * allowed to, core uses nothing but the JDK, and only the safety module can make an ApprovedPlan.
 */
class ModuleRulesTest {
    private static final List<String> MODULES = List.of(
            "core", "worldmodel", "perception", "planner", "safety", "actuation", "sim", "remote", "ros", "launch");

    /** Module -> the Rosie modules it may depend on (besides itself). */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "core", List.of(),
            "worldmodel", List.of("core"),
            "perception", List.of("core"),
            "planner", List.of("core"),
            "safety", List.of("core"),
            "actuation", List.of("core", "safety"),
            "sim", List.of("core"),
            "remote", List.of("core"),
            "ros", List.of("core"));

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("dev.rosie");
    }

    @Test
    void should_only_depend_on_the_modules_the_design_allows() {
        ALLOWED.forEach((module, allowed) -> {
            List<String> forbidden = new ArrayList<>();
            for (String other : MODULES) {
                if (!other.equals(module) && !allowed.contains(other)) {
                    forbidden.add("dev.rosie." + other + "..");
                }
            }
            noClasses().that().resideInAPackage("dev.rosie." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because(module + " may depend only on " + allowed + " (DESIGN.md, modules table)")
                    .allowEmptyShould(true)
                    .check(production);
        });
    }

    @Test
    void should_keep_core_free_of_every_library() {
        classes().that().resideInAPackage("dev.rosie.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.rosie.core..", "java..")
                .because("core is the shared vocabulary; heavy libraries stay in leaf modules")
                .check(production);
    }

    @Test
    void should_let_only_the_safety_module_construct_an_approved_plan() {
        noClasses().that().resideOutsideOfPackage("dev.rosie.safety")
                .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>("any ApprovedPlan constructor") {
                    @Override
                    public boolean test(JavaConstructorCall call) {
                        return call.getTargetOwner().isEquivalentTo(dev.rosie.safety.ApprovedPlan.class);
                    }
                })
                .because("invariant 1: nothing reaches a driver unless the guard approved it")
                .check(production);
    }
}
