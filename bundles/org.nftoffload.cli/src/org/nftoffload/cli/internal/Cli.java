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
		return bundle == null ? "(development)" : bundle.getVersion().toString();
	}
}
