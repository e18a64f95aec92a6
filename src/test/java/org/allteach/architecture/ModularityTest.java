package org.allteach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.allteach.AllTeachApplication;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features talk through services and events, never through each other's repositories or internals. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(AllTeachApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.allteach");

    @Test
    void featureModulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void viewsDoNotTouchRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("views call services; repositories and entities stay behind them")
                .check(CLASSES);
    }

    @Test
    void theShellDependsOnNoFeatureButIdentity() {
        noClasses().that().resideInAPackage("org.allteach.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.allteach.collaborative..",
                        "org.allteach.notification..", "org.allteach.discussion..", "org.allteach.messaging..",
                        "org.allteach.library..", "org.allteach.search..", "org.allteach.calendar..",
                        "org.allteach.coaching..", "org.allteach.credits..", "org.allteach.measures..",
                        "org.allteach.pdsa..", "org.allteach.community..", "org.allteach.engagement..",
                        "org.allteach.demo..")
                .because("features plug into the shell (menus, home sections, navigation badges), not the other way round")
                .check(CLASSES);
    }

    @Test
    void viewsUseNoAccountLookupsMeantForServices() {
        Set<String> serviceOnly = Set.of("profile", "profiles", "findByEmail", "createAccount", "createFirstAdministrator");
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("Accounts lookups without access checks") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTargetOwner().isEquivalentTo(Accounts.class)
                                && serviceOnly.contains(call.getName());
                    }
                })
                .orShould().dependOnClassesThat().areAssignableTo(ActingAs.class)
                .because("these return anyone's profile or act as anyone; views get people through checked services")
                .check(CLASSES);
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
