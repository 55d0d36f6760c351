package org.bonetrack.scoring.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules engine stays pure Java: no Spring, no JPA, no Hibernate, no database, nothing but the
 * JDK, its own package and the pure value types it is fed (rule sets, article slugs, ISO weeks).
 */
class RulesEngineArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bonetrack");

	@Test
	void theEngineUsesNoFrameworkAtAll() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("org.bonetrack.scoring.rules..")
			.and(not(simpleName("package-info")))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "javax..", "org.hibernate..", "java.sql..",
					"tools.jackson..", "com.fasterxml..");
		rule.check(MAIN);
	}

	@Test
	void theEngineDependsOnlyOnTheJdkAndPureValueTypes() {
		ArchRule rule = classes().that()
			.resideInAPackage("org.bonetrack.scoring.rules..")
			.and(not(simpleName("package-info")))
			.should()
			.onlyDependOnClassesThat(resideInAnyPackage("java.lang..", "java.time..", "java.util..", "java.math..",
					"org.jspecify..", "org.bonetrack.scoring.rules..")
				.or(name("org.bonetrack.guidance.RuleSet"))
				.or(name("org.bonetrack.guidance.RuleParameter"))
				.or(name("org.bonetrack.guidance.ArticleSlugs"))
				.or(name("org.bonetrack.shared.IsoWeek")));
		rule.check(MAIN);
	}

	@Test
	void theValueTypesTheEngineIsFedArePureToo() {
		ArchRule rule = noClasses().that()
			.haveFullyQualifiedName("org.bonetrack.guidance.RuleSet")
			.or()
			.haveFullyQualifiedName("org.bonetrack.guidance.RuleParameter")
			.or()
			.haveFullyQualifiedName("org.bonetrack.guidance.ArticleSlugs")
			.or()
			.haveFullyQualifiedName("org.bonetrack.shared.IsoWeek")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..", "java.sql..");
		rule.check(MAIN);
	}

}
