package org.nftoffload.cli.internal;

import org.nftoffload.cli.internal.commands.ApplyCommand;
import org.nftoffload.cli.internal.commands.CompletionCommand;
import org.nftoffload.cli.internal.commands.CredentialsCommand;
import org.nftoffload.cli.internal.commands.DiffCommand;
import org.nftoffload.cli.internal.commands.DriftCommand;
import org.nftoffload.cli.internal.commands.ExportCommand;
import org.nftoffload.cli.internal.commands.MeasureCommand;
import org.nftoffload.cli.internal.commands.ExporterCommand;
import org.nftoffload.cli.internal.commands.HostsCommand;
import org.nftoffload.cli.internal.commands.ImportCommand;
import org.nftoffload.cli.internal.commands.ModuleCommand;
import org.nftoffload.cli.internal.commands.ProbeCommand;
import org.nftoffload.cli.internal.commands.RenderCommand;
import org.nftoffload.cli.internal.commands.ReportCommand;
import org.nftoffload.cli.internal.commands.RollbackCommand;
import org.nftoffload.cli.internal.commands.StatsCommand;
import org.nftoffload.cli.internal.commands.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code nftoffload} command itself: its sub-commands, {@code --version} and the overall help. */
@Command(name = "nftoffload", versionProvider = NftoffloadCommand.Version.class,
		synopsisSubcommandLabel = "COMMAND",
		commandListHeading = "%nCommands:%n",
		footerHeading = "%n",
		footer = { "Run 'nftoffload COMMAND --help' for a command's options.",
				"Exit codes: 0 done/valid, 1 problems found or partial failure, 2 usage error or unreadable input." },
		subcommands = { ValidateCommand.class, RenderCommand.class, ImportCommand.class, DiffCommand.class, DriftCommand.class,
				ProbeCommand.class, ApplyCommand.class, RollbackCommand.class, StatsCommand.class, ExporterCommand.class,
				MeasureCommand.class, ModuleCommand.class, ReportCommand.class, ExportCommand.class,
				HostsCommand.class, CredentialsCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class })
public final class NftoffloadCommand extends ConsoleCommand {

	@Mixin
	HelpOption help;

	@Option(names = { "-V", "--version" }, versionHelp = true, description = "Print the version and exit.")
	boolean version;

	/** Options but no command: the overview, as a usage error. */
	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return ExitCodes.USAGE_OR_INPUT;
	}

	public static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "nftoffload " + Cli.version() };
		}
	}
}
