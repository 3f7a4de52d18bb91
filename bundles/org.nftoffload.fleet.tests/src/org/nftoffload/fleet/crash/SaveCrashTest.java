package org.nftoffload.fleet.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.ModelPackage;

/**
 * The short form of the save-crash trial (releng/save-crash.sh runs 100 kills): 10 {@code kill -9}
 * of a JVM that saves a fleet file in a loop, and after each the file loads as the old or the new
 * version.
 */
class SaveCrashTest {

	@TempDir
	Path dir;

	@Test
	void aSaveKilledAtAnyPointLeavesTheOldOrTheNewFleet() throws Exception {
		SaveCrashTrial.Result result = SaveCrashTrial.run(dir, 10, victimClasspath(), new Random(20261202L),
				System.out::println);
		System.out.println(result.summary());
		assertTrue(result.passed(), result.summary() + ": " + result.failures());
	}

	/** Where the classes of the model, the fleet bundle, EMF and this fragment come from, for a plain JVM. */
	static String victimClasspath() throws URISyntaxException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : new Class<?>[] { SaveLoop.class, FleetFiles.class, ModelPackage.class, EObject.class,
				URI.class, XMIResource.class }) {
			Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			// a bundle from the workspace is its project directory, its classes are in target/classes
			Path classes = location.resolve("target/classes");
			entries.add((Files.isDirectory(classes) ? classes : location).toString());
		}
		return String.join(File.pathSeparator, entries);
	}
}
