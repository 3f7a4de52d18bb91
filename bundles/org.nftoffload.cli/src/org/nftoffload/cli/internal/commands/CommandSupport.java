package org.nftoffload.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftJsonParser;
import org.nftoffload.nft.NftParseException;
import org.nftoffload.nft.NftTextParser;

/** What the engine commands (render, import, diff) share: option parsing, host lookup, ruleset reading. */
final class CommandSupport {

	/** A failure already explained to the user; carries the exit code. */
	static final class Failed extends Exception {
		private static final long serialVersionUID = 1L;
		final int exitCode;

		Failed(int exitCode, String message) {
			super(message);
			this.exitCode = exitCode;
		}
	}

	private CommandSupport() {
	}

	/** The value after {@code option} in {@code args} (removed from args with it), or null. */
	static String option(List<String> args, String option) throws UsageException {
		int index = args.indexOf(option);
		if (index < 0) {
			return null;
		}
		if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
			throw new UsageException(option + " needs a value");
		}
		String value = args.get(index + 1);
		args.remove(index + 1);
		args.remove(index);
		if (args.contains(option)) {
			throw new UsageException(option + " given twice");
		}
		return value;
	}

	static void noMoreOptions(List<String> args) throws UsageException {
		for (String arg : args) {
			if (arg.startsWith("-")) {
				throw new UsageException("unknown option " + arg);
			}
		}
	}

	static Host host(Fleet fleet, Path file, String name) throws Failed {
		for (Host host : fleet.getHosts()) {
			if (name.equals(host.getName())) {
				return host;
			}
		}
		throw new Failed(2, file + ": no host named '" + name + "'; hosts: "
				+ fleet.getHosts().stream().map(Host::getName).toList());
	}

	static String read(Path file, String what) throws Failed {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new Failed(2, "cannot read " + what + " " + file + ": " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : " " + e.getMessage()) + ": check the path and permissions");
		}
	}

	/** Text ruleset, merged with the JSON one when given. */
	static LiveRuleset ruleset(Path text, Path json) throws Failed {
		try {
			LiveRuleset live = NftTextParser.parse(read(text, "ruleset"), text.toString());
			if (json != null) {
				live = NftJsonParser.merge(live, NftJsonParser.parse(read(json, "JSON ruleset"), json.toString()));
			}
			return live;
		} catch (NftParseException e) {
			throw new Failed(2, e.getMessage());
		}
	}

	/** The leaf diagnostics with a severity (warnings and errors). */
	static List<Diagnostic> leaves(Diagnostic diagnostic) {
		if (diagnostic.getChildren().isEmpty()) {
			return diagnostic.getSeverity() == Diagnostic.OK ? List.of() : List.of(diagnostic);
		}
		return diagnostic.getChildren().stream().flatMap(d -> leaves(d).stream()).toList();
	}
}
