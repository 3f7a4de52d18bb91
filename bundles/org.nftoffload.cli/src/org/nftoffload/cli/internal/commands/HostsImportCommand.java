package org.nftoffload.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.imports.HostImport;
import org.nftoffload.fleet.imports.Inventory;
import org.nftoffload.fleet.imports.InventoryFormat;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.ModelFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nftoffload hosts import --fleet F FILE}: adds the hosts and groups of a CSV file or an
 * Ansible inventory to a fleet, updating hosts it already has, after printing what changes. A file
 * with bad lines imports nothing: every bad line is reported and the command exits 2.
 */
@Command(name = "import", header = "Add the hosts and groups of a CSV file or an Ansible inventory to a fleet.",
		description = { "CSV: a header line naming the columns name, address, port, user, tags, group (any order;",
				"  tags and group take several values separated by ';'), then one host per line.",
				"Ansible: INI or YAML inventories with groups, :children, :vars, all:vars, ranges such as",
				"  edge-[01:03], and ansible_host, ansible_port, ansible_user (host vars win over group vars).",
				"Hosts are matched by name: new ones are added; existing ones take the address, port and user the",
				"file gives and gain the tags and groups they lack. Nothing is removed. The preview is printed",
				"first; the fleet file (created when absent) is written atomically, or not at all." },
		footerHeading = "%n", footer = "Exit codes: 0 imported (or nothing to change), 2 bad lines or unreadable files: nothing written.")
public final class HostsImportCommand extends ConsoleCommand {

	@Option(names = "--fleet", required = true, paramLabel = "FILE", description = "The fleet file to import into.")
	Path fleetFile;

	@Parameters(paramLabel = "INVENTORY", description = "The CSV file or Ansible inventory.")
	Path inventoryFile;

	@Option(names = "--format", paramLabel = "FORMAT", description = "csv or ansible (default: csv for *.csv, else ansible).")
	String format;

	@Option(names = "--dry-run", description = "Print what would change and write nothing.")
	boolean dryRun;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		InventoryFormat kind;
		try {
			kind = format == null ? InventoryFormat.guess(inventoryFile) : InventoryFormat.parse(format);
		} catch (IllegalArgumentException e) {
			throw usage("--format: " + e.getMessage());
		}
		boolean newFleet = !Files.exists(fleetFile);
		Fleet fleet;
		if (newFleet) {
			fleet = ModelFactory.eINSTANCE.createFleet();
			fleet.setName(fleetFile.getFileName().toString().replaceFirst("\\." + FleetFiles.EXTENSION + "$", ""));
		} else {
			fleet = CommandSupport.load(fleetFile);
		}
		Inventory inventory = kind.read(inventoryFile);
		HostImport plan = HostImport.plan(fleet, inventory);
		if (inventory.hasProblems()) {
			inventory.problems().forEach(problem -> console.err().println(problem));
			return fail(ExitCodes.USAGE_OR_INPUT, plan.summary() + "; " + fleetFile + " is unchanged");
		}
		for (HostImport.GroupChange group : plan.groups()) {
			console.out().printf("%-9s group %-20s %s%n", group.action().label(), group.group(), String.join(", ", group.changes()));
		}
		for (HostImport.HostChange host : plan.hosts()) {
			console.out().printf("%-9s host  %-20s %s%n", host.action().label(), host.host(), String.join(", ", host.changes()));
		}
		console.out().println(plan.summary());
		if (dryRun) {
			console.err().println("dry run: " + fleetFile + " not written");
			return ExitCodes.OK;
		}
		if (!plan.changesAnything()) {
			console.err().println(fleetFile + ": nothing to change, not written");
			return ExitCodes.OK;
		}
		plan.executeDirectly();
		try {
			FleetFiles.save(fleet, fleetFile);
		} catch (FleetFileException e) {
			return fail(ExitCodes.USAGE_OR_INPUT, e.getMessage());
		}
		console.err().println(fleetFile + (newFleet ? ": new fleet with " : ": now has ") + fleet.getHosts().size() + " hosts and "
				+ fleet.getGroups().size() + " groups");
		return ExitCodes.OK;
	}
}
