package org.bonetrack.support.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.bonetrack.support.TestDatabaseConfiguration;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port and real PostgreSQL, driven through headless Chromium.
 * Test methods take a {@link Browser} parameter; classes are named {@code *E2E} so that Failsafe
 * runs them in {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestPeople.class })
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
