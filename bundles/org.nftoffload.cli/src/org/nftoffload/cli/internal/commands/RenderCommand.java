package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.OffloadValidator;

/**
 * {@code nftoffload render FLEET --host H}: prints the nft script that replaces the console's table on
 * host H. A host with validation errors is not rendered (exit 1, the errors on stderr): a script that
 * the kernel would half refuse is never produced.
 */
public final class RenderCommand implements Command {

	@Override
	public String name() {
		return "render";
	}

	@Override
	public String usage() {
		return "nftoffload render FLEET.nftfleet --host NAME";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> args = new ArrayList<>(arguments);
		String hostName = CommandSupport.option(args, "--host");
		CommandSupport.noMoreOptions(args);
		if (hostName == null || args.size() != 1) {
			throw new UsageException("expected one fleet file and --host NAME");
		}
		Path file = Path.of(args.get(0));
		try {
			Fleet fleet = FleetFiles.load(file);
			Host host = CommandSupport.host(fleet, file, hostName);
			int errors = 0;
			for (Diagnostic problem : CommandSupport.leaves(OffloadValidator.validate(host))) {
				boolean error = problem.getSeverity() >= Diagnostic.ERROR;
				errors += error ? 1 : 0;
				console.err().println(file + ": " + (error ? "error" : "warning") + ": " + problem.getMessage());
			}
			if (errors > 0) {
				console.err().println("nftoffload render: host " + hostName + " has " + errors
						+ " error(s); nothing rendered. Fix them and render again.");
				return ExitCodes.PROBLEMS;
			}
			console.out().print(NftRenderer.render(host));
			return ExitCodes.OK;
		} catch (FleetFileException e) {
			console.err().println("nftoffload render: " + e.getMessage());
			return ExitCodes.USAGE_OR_INPUT;
		} catch (CommandSupport.Failed e) {
			console.err().println("nftoffload render: " + e.getMessage());
			return e.exitCode;
		} catch (NftRenderException e) {
			console.err().println("nftoffload render: " + e.getMessage());
			return ExitCodes.PROBLEMS;
		}
	}
}
