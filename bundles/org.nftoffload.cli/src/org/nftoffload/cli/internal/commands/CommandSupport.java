package org.nftoffload.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.HostSelection;
import org.nftoffload.fleet.UnknownTargetException;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftJsonParser;
import org.nftoffload.nft.NftParseException;
import org.nftoffload.nft.NftTextParser;

/** What the commands share: fleet loading, host lookup, ruleset reading. */
final class CommandSupport {

	private CommandSupport() {
	}

	/** The fleet in {@code file}; an unreadable one is the command's failure (exit 2). */
	static Fleet load(Path file) throws CommandFailure {
		try {
			return FleetFiles.load(file);
		} catch (FleetFileException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, e.getMessage());
		}
	}

	static Host host(Fleet fleet, Path file, String name) throws CommandFailure {
		return select(fleet, file, HostSelection.hosts(List.of(name))).get(0);
	}

	/** The hosts {@code selection} picks; an unknown host, group or tag is a usage error (exit 2). */
	static List<Host> select(Fleet fleet, Path file, HostSelection selection) throws CommandFailure {
		try {
			return selection.resolve(fleet, file);
		} catch (UnknownTargetException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, e.getMessage());
		}
	}

	static String read(Path file, String what) throws CommandFailure {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, "cannot read " + what + " " + file + ": "
					+ e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())
					+ ": check the path and permissions");
		}
	}

	/** Text ruleset, merged with the JSON one when given. */
	static LiveRuleset ruleset(Path text, Path json) throws CommandFailure {
		try {
			LiveRuleset live = NftTextParser.parse(read(text, "ruleset"), text.toString());
			if (json != null) {
				live = NftJsonParser.merge(live, NftJsonParser.parse(read(json, "JSON ruleset"), json.toString()));
			}
			return live;
		} catch (NftParseException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, e.getMessage());
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
