package org.nftoffload.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.nftoffload.remote.internal.ConsoleLog;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The command tree of {@code nftoffload} in picocli: parses the command line into the commands of
 * {@link NftoffloadCommand} and maps what goes wrong to the exit codes of {@link ExitCodes} and to
 * messages in the console's words ("nftoffload probe: --fleet FILE is required", then the
 * command's usage).
 */
public final class CommandTree {

	private CommandTree() {
	}

	/** Parses and runs {@code arguments}; returns the exit code. */
	static int execute(List<String> arguments, Console console) {
		CommandLine commandLine = commandLine(console);
		if (arguments.isEmpty()) {
			commandLine.usage(commandLine.getOut());
			commandLine.getOut().flush();
			return ExitCodes.USAGE_OR_INPUT;
		}
		int code = commandLine.execute(arguments.toArray(String[]::new));
		commandLine.getOut().flush();
		commandLine.getErr().flush();
		return code;
	}

	/** The whole command tree, writing to {@code console}. */
	public static CommandLine commandLine(Console console) {
		CommandLine commandLine = new CommandLine(new NftoffloadCommand(), new ConsoleFactory(console));
		commandLine.setOut(new PrintWriter(console.out(), true));
		commandLine.setErr(new PrintWriter(console.err(), true));
		commandLine.setParameterExceptionHandler(CommandTree::usageError);
		commandLine.setExecutionExceptionHandler((e, failed, parsed) -> {
			if (e instanceof CommandFailure failure) {
				failed.getErr().println(commandName(failed) + ": " + failure.getMessage());
				ConsoleLog.warn(CommandTree.class, commandName(failed) + " failed: " + failure.getMessage(), null);
				return failure.exitCode() == ExitCodes.USAGE_OR_INPUT ? usageExitCode(failed) : failure.exitCode();
			}
			ConsoleLog.error(CommandTree.class, commandName(failed) + " failed unexpectedly: " + e, e);
			throw e;
		});
		commandLine.setUsageHelpWidth(100);
		commandLine.getCommandSpec().usageMessage()
				.header("nftoffload " + Cli.version() + " — flow offloading for fleets of Linux routers");
		consoleHelpLayout(commandLine, true);
		return commandLine;
	}

	/**
	 * Help as the console has always printed it: "usage:" first (a command's one-line summary after
	 * it), options in the order the command declares them, the required ones first.
	 */
	private static void consoleHelpLayout(CommandLine commandLine, boolean root) {
		commandLine.getCommandSpec().usageMessage().synopsisHeading("usage: ").optionListHeading("%nOptions:%n")
				.parameterListHeading("%nParameters:%n").sortOptions(false).sortSynopsis(false);
		if (!root) {
			List<String> sections = new ArrayList<>(commandLine.getHelpSectionKeys());
			sections.removeAll(List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING,
					CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER));
			int afterSynopsis = sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS) + 1;
			sections.addAll(afterSynopsis, List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING,
					CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER));
			commandLine.setHelpSectionKeys(sections);
		}
		commandLine.getSubcommands().values().forEach(sub -> consoleHelpLayout(sub, false));
	}

	/** A usage error: what is wrong in the console's words, then the command's usage; exit 2. */
	private static int usageError(ParameterException e, String[] args) {
		CommandLine failed = e.getCommandLine();
		PrintWriter err = failed.getErr();
		if (e instanceof CommandLine.UnmatchedArgumentException unmatched && failed.getParent() == null
				&& !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
			err.println("nftoffload: unknown command '" + unmatched.getUnmatched().get(0) + "'. Commands: "
					+ String.join(", ", visibleSubcommands(failed)) + " (see 'nftoffload help').");
			return ExitCodes.USAGE_OR_INPUT;
		}
		err.println(commandName(failed) + ": " + describe(e));
		CommandLine.Help help = failed.getHelp();
		err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
		err.println("See '" + failed.getCommandSpec().qualifiedName() + " --help'.");
		return usageExitCode(failed);
	}

	private static int usageExitCode(CommandLine command) {
		return command.getCommandSpec().userObject() instanceof ConsoleCommand c ? c.usageExitCode()
				: ExitCodes.USAGE_OR_INPUT;
	}

	private static String describe(ParameterException e) {
		if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
			return missing.getMissing().stream().map(CommandTree::argument).collect(Collectors.joining(" and "))
					+ (missing.getMissing().size() == 1 ? " is" : " are") + " required";
		}
		if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			String suggestion = unmatched.getSuggestions().isEmpty() ? ""
					: "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
			return (first.startsWith("-") ? "unknown option " : "unexpected argument ") + first + suggestion;
		}
		return e.getMessage();
	}

	private static String argument(ArgSpec arg) {
		return arg instanceof OptionSpec option ? option.longestName() + " " + option.paramLabel() : arg.paramLabel();
	}

	static String commandName(CommandLine commandLine) {
		return commandLine.getCommandSpec().qualifiedName();
	}

	private static List<String> visibleSubcommands(CommandLine commandLine) {
		return commandLine.getSubcommands().entrySet().stream()
				.filter(entry -> !entry.getValue().getCommandSpec().usageMessage().hidden()).map(entry -> entry.getKey())
				.distinct().toList();
	}
}
