package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.RulesetDiff;

/**
 * {@code nftoffload diff FLEET --host H --live RULESET.nft [--json RULESET.json]}: what applying host H
 * would change in the console's table on the host, as a list of changes and a unified diff. Exit 0
 * when live already matches, 1 when there are differences (like {@code diff}).
 */
public final class DiffCommand implements Command {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String usage() {
		return "nftoffload diff FLEET.nftfleet --host NAME --live RULESET.nft [--json RULESET.json]";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> args = new ArrayList<>(arguments);
		String hostName = CommandSupport.option(args, "--host");
		String liveFile = CommandSupport.option(args, "--live");
		String json = CommandSupport.option(args, "--json");
		CommandSupport.noMoreOptions(args);
		if (hostName == null || liveFile == null || args.size() != 1) {
			throw new UsageException("expected one fleet file, --host NAME and --live RULESET.nft");
		}
		Path file = Path.of(args.get(0));
		try {
			Fleet fleet = FleetFiles.load(file);
			Host host = CommandSupport.host(fleet, file, hostName);
			RulesetDiff.Result result = RulesetDiff.diff(host,
					CommandSupport.ruleset(Path.of(liveFile), json == null ? null : Path.of(json)));
			for (String warning : result.warnings()) {
				console.err().println("warning: " + warning);
			}
			if (result.isEmpty()) {
				console.out().println("host " + hostName + ": live ruleset matches the fleet (table " + host.getTableName() + ")");
				return ExitCodes.OK;
			}
			for (RulesetDiff.Change change : result.changes()) {
				console.out().println(change.describe());
			}
			console.out().println();
			console.out().print(result.unifiedDiff());
			return ExitCodes.PROBLEMS;
		} catch (FleetFileException e) {
			console.err().println("nftoffload diff: " + e.getMessage());
			return ExitCodes.USAGE_OR_INPUT;
		} catch (CommandSupport.Failed e) {
			console.err().println("nftoffload diff: " + e.getMessage());
			return e.exitCode;
		} catch (NftRenderException e) {
			console.err().println("nftoffload diff: " + e.getMessage());
			return ExitCodes.PROBLEMS;
		}
	}
}
