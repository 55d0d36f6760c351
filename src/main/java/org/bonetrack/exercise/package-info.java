/**
 * Exercise: patients' training sessions (resistance sets, impact work, weighted-vest walks and
 * other activity), the catalogue of exercises and impact activities with their peak forces, and
 * the Strong and Hevy importers. Other modules read sessions through {@link org.bonetrack.exercise.ExerciseLog}
 * and learn about changes from the {@code ExerciseSession…} events.
 */
@ApplicationModule(displayName = "Exercise")
package org.bonetrack.exercise;

import org.springframework.modulith.ApplicationModule;
