package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.OffloadValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nftoffload render FLEET --host H}: prints the nft script that replaces the console's table on
 * host H. A host with validation errors is not rendered (exit 1, the errors on stderr): a script that
 * the kernel would half refuse is never produced.
 */
@Command(name = "render", header = "Print the nft script that replaces the console's table on a host.",
		description = "A host with validation errors is not rendered: exit 1, the errors on stderr.")
public final class RenderCommand extends ConsoleCommand {

	@Mixin
	HelpOption help;

	@Parameters(paramLabel = "FLEET.nftfleet", description = "The fleet file.")
	Path file;

	@Option(names = "--host", required = true, paramLabel = "NAME", description = "The host to render.")
	String hostName;

	@Override
	public Integer call() throws CommandFailure {
		Fleet fleet = CommandSupport.load(file);
		Host host = CommandSupport.host(fleet, file, hostName);
		int errors = 0;
		for (Diagnostic problem : CommandSupport.leaves(OffloadValidator.validate(host))) {
			boolean error = problem.getSeverity() >= Diagnostic.ERROR;
			errors += error ? 1 : 0;
			console.err().println(file + ": " + (error ? "error" : "warning") + ": " + problem.getMessage());
		}
		if (errors > 0) {
			return fail(ExitCodes.PROBLEMS, "host " + hostName + " has " + errors
					+ " error(s); nothing rendered. Fix them and render again.");
		}
		try {
			console.out().print(NftRenderer.render(host));
		} catch (NftRenderException e) {
			return fail(ExitCodes.PROBLEMS, e.getMessage());
		}
		return ExitCodes.OK;
	}
}
