package org.nftoffload.cli.internal;

import java.util.List;

/**
 * {@code nftoffload} on a plain class path (the installation's {@code plugins/*}), without
 * starting OSGi: what the launcher runs for the commands that only read files and print
 * ({@code --version}, {@code validate}, {@code render}, {@code diff}), which scripts call often
 * and which Equinox's start would make take twice as long. Everything that needs the platform
 * (SSH sessions, secure storage, jobs) runs as the OSGi application ({@link CliApplication}).
 */
public final class ClassPathMain {

	private ClassPathMain() {
	}

	public static void main(String[] args) {
		int code = new Cli().run(List.of(args), new Console(System.out, System.err));
		System.out.flush();
		System.exit(code);
	}
}
