package org.bonetrack.scoring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.bonetrack.support.IntegrationTest;

import org.springframework.context.annotation.Import;

/** An {@link IntegrationTest} whose patients can have scripted logs ({@link ScriptedWeekData}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@Import(ScriptedWeekData.class)
public @interface ScoringIntegrationTest {
}
