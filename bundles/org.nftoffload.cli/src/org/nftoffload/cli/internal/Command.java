package org.nftoffload.cli.internal;

import java.util.List;

/** One sub-command of {@code nftoffload}. */
public interface Command {

	/** The word that selects it: {@code nftoffload <name> ...}. */
	String name();

	/** Usage line(s) printed by {@code nftoffload help} and on usage errors. */
	String usage();

	/** What {@code nftoffload <name> --help} prints: the usage line, and more where there is more to say. */
	default String help() {
		return "usage: " + usage();
	}

	/** Runs it; returns the exit code (see {@link ExitCodes}). Usage errors throw {@link UsageException}. */
	int run(List<String> args, Console console) throws UsageException;
}
