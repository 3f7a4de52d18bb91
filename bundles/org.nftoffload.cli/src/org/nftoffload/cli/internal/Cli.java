package org.nftoffload.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nftoffload.cli.internal.commands.ValidateCommand;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code nftoffload}: the headless face of the console. Parses the first word, hands the rest to the
 * command, maps failures to the exit codes of {@link ExitCodes}. Plain Java, so tests call it
 * directly with their own streams.
 */
public final class Cli {

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Cli() {
		register(new ValidateCommand());
		register(new org.nftoffload.cli.internal.commands.RenderCommand());
		register(new org.nftoffload.cli.internal.commands.ImportCommand());
		register(new org.nftoffload.cli.internal.commands.DiffCommand());
		register(new org.nftoffload.cli.internal.commands.ProbeCommand());
		register(new org.nftoffload.cli.internal.commands.ApplyCommand());
		register(new org.nftoffload.cli.internal.commands.RollbackCommand());
		register(new org.nftoffload.cli.internal.commands.StatsCommand());
		register(new org.nftoffload.cli.internal.commands.ModuleCommand());
	}

	private void register(Command command) {
		commands.put(command.name(), command);
	}

	public int run(List<String> arguments, Console console) {
		List<String> args = new ArrayList<>(arguments);
		if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
			printHelp(console);
			return args.isEmpty() ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
		}
		if (args.get(0).equals("--version") || args.get(0).equals("version")) {
			console.out().println("nftoffload " + version());
			return ExitCodes.OK;
		}
		Command command = commands.get(args.get(0));
		if (command == null) {
			console.err().println("nftoffload: unknown command '" + args.get(0) + "'. Commands: "
					+ String.join(", ", commands.keySet()) + " (see 'nftoffload help').");
			return ExitCodes.USAGE_OR_INPUT;
		}
		if (args.contains("--help") || args.contains("-h")) {
			console.out().println(command.help());
			return ExitCodes.OK;
		}
		try {
			return command.run(args.subList(1, args.size()), console);
		} catch (UsageException e) {
			console.err().println("nftoffload " + command.name() + ": " + e.getMessage());
			console.err().println("usage: " + command.usage());
			return ExitCodes.USAGE_OR_INPUT;
		}
	}

	private void printHelp(Console console) {
		console.out().println("nftoffload " + version() + " — flow offloading for fleets of Linux routers");
		console.out().println();
		console.out().println("usage:");
		console.out().println("  nftoffload --version");
		for (Command command : commands.values()) {
			console.out().println("  " + command.usage());
		}
		console.out().println();
		console.out().println("exit codes: 0 done/valid, 1 problems found or partial failure, 2 usage error or unreadable input");
	}

	static String version() {
		var bundle = FrameworkUtil.getBundle(Cli.class);
		return bundle == null ? "(development)" : bundle.getVersion().toString();
	}
}
