package org.nftoffload.cli.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;

/**
 * {@code nftoffload}: the headless face of the console. Plain Java, so tests call it directly with
 * their own streams. {@code --version} is answered here; everything else goes to {@link CommandTree}.
 * This class names no picocli type, so that loading it for {@code --version} loads no picocli class
 * either (the JVM's verifier would load the types a method signature names).
 */
public final class Cli {

	public int run(List<String> arguments, Console console) {
		if (arguments.equals(List.of("--version")) || arguments.equals(List.of("version"))) {
			// The question scripts ask most; answered without building the command model.
			console.out().println("nftoffload " + version());
			return ExitCodes.OK;
		}
		return CommandTree.execute(arguments, console);
	}

	public static String version() {
		var bundle = FrameworkUtil.getBundle(Cli.class);
		if (bundle != null) {
			return bundle.getVersion().toString();
		}
		// on a plain class path (ClassPathMain): the version in this bundle's own jar
		try {
			var source = Cli.class.getProtectionDomain().getCodeSource();
			java.nio.file.Path jar = source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
			if (jar != null && java.nio.file.Files.isRegularFile(jar)) {
				try (var file = new java.util.jar.JarFile(jar.toFile())) {
					String version = file.getManifest() == null ? null
							: file.getManifest().getMainAttributes().getValue("Bundle-Version");
					if (version != null) {
						return version;
					}
				}
			}
		} catch (java.io.IOException | java.net.URISyntaxException | SecurityException e) {
			// not from a jar: a development build
		}
		return "(development)";
	}
}
