package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.nft.OffloadValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nftoffload validate FLEET}: exit 0 when the fleet has no errors, 1 with one line per problem,
 * 2 when the file cannot be read. Warnings are printed but do not fail.
 */
@Command(name = "validate", header = "Check a fleet file: one line per problem, with its code.",
		description = "Exit 0 without errors (warnings do not fail), 1 with errors, 2 when the file cannot be read.")
public final class ValidateCommand extends ConsoleCommand {

	@Mixin
	HelpOption help;

	@Parameters(paramLabel = "FLEET.nftfleet", description = "The fleet file to check.")
	Path file;

	@Override
	public Integer call() {
		Fleet fleet;
		try {
			fleet = FleetFiles.load(file);
		} catch (FleetFileException e) {
			return fail(ExitCodes.USAGE_OR_INPUT, e.getMessage());
		}
		Diagnostic result = OffloadValidator.validate(fleet);
		int errors = 0;
		int warnings = 0;
		for (Diagnostic problem : CommandSupport.leaves(result)) {
			boolean error = problem.getSeverity() >= Diagnostic.ERROR;
			if (error) {
				errors++;
			} else if (problem.getSeverity() == Diagnostic.WARNING) {
				warnings++;
			} else {
				continue;
			}
			console.out().println(file + ": " + (error ? "error" : "warning") + ": " + problem.getMessage()
					+ code(problem));
		}
		console.err().println(file + ": " + fleet.getHosts().size() + " hosts, " + errors + " errors, " + warnings
				+ " warnings");
		return errors > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
	}

	private static String code(Diagnostic problem) {
		return problem.getCode() == 0 ? "" : " [" + problem.getSource() + "/" + problem.getCode() + "]";
	}
}
