package org.nftoffload.cli.internal;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command. */
public final class HelpOption {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;
}
