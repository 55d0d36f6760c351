package org.bonetrack.exercise.internal.imports;

/** How an exporter marked a set. Drop sets and sets to failure are working sets. */
enum SetKind {

	WARMUP, WORKING, DROP, FAILURE

}
