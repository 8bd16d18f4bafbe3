package switchboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionCallback;
import org.jdbi.v3.core.extension.ExtensionConsumer;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The package rules of the README's Layout, as tests: the build fails when a change breaks one. */
@AnalyzeClasses(packages = "switchboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // A cycle makes every package in it one big package: nothing can be understood, tested or moved alone.
    // Each package is its own slice, the root one included (a sub-package is not part of its parent).
    @ArchTest
    static final ArchRule packages_form_no_cycles = slices().assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass c) {
                    return c.getPackageName().startsWith("switchboard") ? SliceIdentifier.of(c.getPackageName())
                            : SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "every package of ours";
                }
            }).should().beFreeOfCycles();

    // Routing decisions are pure functions of their inputs: unit-testable with fixed instants, no I/O to fake.
    @ArchTest
    static final ArchRule routing_depends_on_nothing_of_ours = noClasses().that().resideInAPackage("switchboard.routing..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another package of ours",
                    c -> c.getPackageName().startsWith("switchboard") && !c.getPackageName().startsWith("switchboard.routing")));

    // The rota's solver is pure like routing: a week in, a proposal out, testable without a server or a database.
    @ArchTest
    static final ArchRule rota_solver_depends_on_nothing_of_ours = noClasses().that().resideInAPackage("switchboard.rota.solver..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another package of ours",
                    c -> c.getPackageName().startsWith("switchboard") && !c.getPackageName().startsWith("switchboard.rota.solver")));

    // The XML documents are a leaf: the call flow, escalation and the fallback all build them without a cycle.
    @ArchTest
    static final ArchRule xml_depends_on_nothing_of_ours = noClasses().that().resideInAPackage("switchboard.plivo.xml..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another package of ours",
                    c -> c.getPackageName().startsWith("switchboard") && !c.getPackageName().startsWith("switchboard.plivo.xml")));

    // Services know nothing of HTTP: only the edge sees Javalin: the web package, the webhook package (its handlers,
    // parameters and signature check), the wiring, and each feature's handlers (...Api, ...Webhook, ...Page).
    @ArchTest
    static final ArchRule only_the_edge_uses_javalin = noClasses()
            .that().resideOutsideOfPackages("switchboard.web..", "switchboard.plivo")
            .and().doNotHaveFullyQualifiedName("switchboard.Server").and().doNotHaveFullyQualifiedName("switchboard.Routes")
            .and().haveSimpleNameNotEndingWith("Api").and().haveSimpleNameNotEndingWith("Webhook")
            .and().haveSimpleNameNotEndingWith("Page")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    // SQL lives in DAO interfaces, where it is read, reviewed and tested as SQL.
    @ArchTest
    static final ArchRule sql_only_in_dao_interfaces = methods()
            .that().areAnnotatedWith(SqlQuery.class).or().areAnnotatedWith(SqlUpdate.class).or().areAnnotatedWith(SqlBatch.class)
            .should().beDeclaredInClassesThat().areInterfaces()
            .andShould().beDeclaredInClassesThat().haveSimpleNameEndingWith("Dao");

    // Hand-built statements outside the DAOs would be SQL nobody finds; the db package runs the migrations and seed.
    @ArchTest
    static final ArchRule no_raw_statements_outside_db = noClasses().that().resideOutsideOfPackage("switchboard.db..")
            .should().callMethod(Handle.class, "execute", String.class, Object[].class)
            .orShould().callMethod(Handle.class, "createQuery", String.class)
            .orShould().callMethod(Handle.class, "createUpdate", String.class)
            .orShould().callMethod(Handle.class, "createScript", String.class);

    // Jdbi copies its whole configuration for every method at each attach (~0.2 ms): DAOs come from db.SharedDaos.
    @ArchTest
    static final ArchRule daos_are_attached_once = noClasses().that().resideOutsideOfPackage("switchboard.db..")
            .should().callMethod(Handle.class, "attach", Class.class)
            .orShould().callMethod(Jdbi.class, "withExtension", Class.class, ExtensionCallback.class)
            .orShould().callMethod(Jdbi.class, "useExtension", Class.class, ExtensionConsumer.class);

    // The root package is the wiring only, so nothing can depend on it and every feature has a home of its own.
    @ArchTest
    static final ArchRule root_package_is_the_wiring = classes().that().resideInAPackage("switchboard")
            .should().haveNameMatching("switchboard\\.(Main|Server|Routes)(\\$.*)?");
}
