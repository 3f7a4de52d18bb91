package org.nftoffload.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the headless command as the launcher would and keeps what the last run printed. */
public final class CliRunner {

	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** The exit code of {@code nftoffload args...}. */
	public int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new Cli().run(List.of(args), new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
	}

	public String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	public String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
