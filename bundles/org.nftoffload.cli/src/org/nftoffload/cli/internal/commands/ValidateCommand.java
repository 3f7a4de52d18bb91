package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.nft.OffloadValidator;

/**
 * {@code nftoffload validate FLEET}: exit 0 when the fleet has no errors, 1 with one line per problem,
 * 2 when the file cannot be read. Warnings are printed but do not fail.
 */
public final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String usage() {
		return "nftoffload validate FLEET.nftfleet";
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		if (args.size() != 1 || args.get(0).startsWith("-")) {
			throw new UsageException(args.isEmpty() ? "name the fleet file to validate" : "expected one fleet file");
		}
		Path file = Path.of(args.get(0));
		Fleet fleet;
		try {
			fleet = FleetFiles.load(file);
		} catch (FleetFileException e) {
			console.err().println("nftoffload validate: " + e.getMessage());
			return ExitCodes.USAGE_OR_INPUT;
		}
		Diagnostic result = OffloadValidator.validate(fleet);
		int errors = 0;
		int warnings = 0;
		for (Diagnostic problem : leaves(result)) {
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

	static List<Diagnostic> leaves(Diagnostic diagnostic) {
		if (diagnostic.getChildren().isEmpty()) {
			return diagnostic.getSeverity() == Diagnostic.OK ? List.of() : List.of(diagnostic);
		}
		return diagnostic.getChildren().stream().flatMap(d -> leaves(d).stream()).toList();
	}
}
