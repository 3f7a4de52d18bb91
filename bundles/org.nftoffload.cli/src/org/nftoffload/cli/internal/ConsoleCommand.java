package org.nftoffload.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of {@code nftoffload}: picocli fills its options, {@link #call()} does the work and
 * returns an exit code of {@link ExitCodes}. It writes to {@link #console}; a usage error found
 * after parsing (a value out of range) is thrown with {@link #usage(String)}.
 */
public abstract class ConsoleCommand implements Callable<Integer> {

	protected Console console;

	@Spec
	protected CommandSpec spec;

	/** A usage error: exit 2 with the message and the command's usage. */
	/** {@code --confirm-timeout}'s text as seconds, 5-3600; a usage error otherwise. */
	protected int confirmTimeoutSeconds(String text) {
		int seconds;
		try {
			seconds = Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw usage("--confirm-timeout takes whole seconds (5-3600), not " + text);
		}
		if (seconds < 5 || seconds > 3600) {
			throw usage("--confirm-timeout must be 5-3600 seconds, not " + seconds);
		}
		return seconds;
	}

	protected CommandLine.ParameterException usage(String message) {
		return new CommandLine.ParameterException(spec.commandLine(), message);
	}

	/** {@code nftoffload probe}, as messages start. */
	protected String name() {
		return spec.qualifiedName();
	}

	/** Prints {@code message} after the command's name on stderr and returns {@code exitCode}. */
	protected int fail(int exitCode, String message) {
		console.err().println(name() + ": " + message);
		return exitCode;
	}

	/** The exit code of a usage or input error ({@link ExitCodes#USAGE_OR_INPUT} unless a command's 2 means more). */
	public int usageExitCode() {
		return ExitCodes.USAGE_OR_INPUT;
	}

	@Override
	public abstract Integer call() throws Exception;
}
