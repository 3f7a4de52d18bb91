package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.RulesetDiff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nftoffload diff FLEET --host H --live RULESET.nft [--json RULESET.json]}: what applying host H
 * would change in the console's table on the host, as a list of changes and a unified diff. Exit 0
 * when live already matches, 1 when there are differences (like {@code diff}).
 */
@Command(name = "diff", header = "Show what applying a host would change in the console's table on it.",
		description = "A list of changes and a unified diff. Exit 0 when the live ruleset matches, 1 when it differs.")
public final class DiffCommand extends ConsoleCommand {

	@Mixin
	HelpOption help;

	@Parameters(paramLabel = "FLEET.nftfleet", description = "The fleet file.")
	Path file;

	@Option(names = "--host", required = true, paramLabel = "NAME", description = "The host of the fleet.")
	String hostName;

	@Option(names = "--live", required = true, paramLabel = "RULESET.nft",
			description = "What the host runs: the output of 'nft list ruleset'.")
	Path liveFile;

	@Option(names = "--json", paramLabel = "RULESET.json",
			description = "The same ruleset as 'nft -j list ruleset' prints it, for exact values.")
	Path json;

	@Override
	public Integer call() throws CommandFailure {
		Fleet fleet = CommandSupport.load(file);
		Host host = CommandSupport.host(fleet, file, hostName);
		RulesetDiff.Result result;
		try {
			result = RulesetDiff.diff(host, CommandSupport.ruleset(liveFile, json));
		} catch (NftRenderException e) {
			return fail(ExitCodes.PROBLEMS, e.getMessage());
		}
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
	}
}
