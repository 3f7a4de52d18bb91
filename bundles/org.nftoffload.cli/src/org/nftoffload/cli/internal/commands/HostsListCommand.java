package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.fleet.HostSelection;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nftoffload hosts list --fleet F [--group G|--tag T] [--json]}: the hosts with their
 * connection, groups (direct and through parent groups) and tags.
 */
@Command(name = "list", header = "List a fleet's hosts with their connection, groups and tags.",
		description = "A host's groups are those that list it and every group above those (Ansible's children).")
public final class HostsListCommand extends ConsoleCommand {

	@Option(names = "--fleet", required = true, paramLabel = "FILE", description = "The fleet file.")
	Path fleetFile;

	static final class Filter {
		@Option(names = "--group", paramLabel = "G", description = "Only the hosts of group G and of its subgroups.")
		String group;

		@Option(names = "--tag", paramLabel = "T", description = "Only the hosts tagged T.")
		String tag;
	}

	@ArgGroup(exclusive = true)
	Filter filter;

	@Option(names = "--json", description = "A JSON array, one object per host: name, address, port, user, groups, tags.")
	boolean json;

	@Mixin
	HelpOption help;

	/** One host as --json prints it. */
	record HostRow(String name, String address, int port, String user, List<String> groups, List<String> tags) {
	}

	@Override
	public Integer call() throws CommandFailure {
		Fleet fleet = CommandSupport.load(fleetFile);
		HostSelection selection = filter == null ? HostSelection.all()
				: filter.group != null ? HostSelection.group(filter.group) : HostSelection.tag(filter.tag);
		List<Host> hosts = CommandSupport.select(fleet, fleetFile, selection);
		List<HostRow> rows = new ArrayList<>();
		for (Host host : hosts) {
			rows.add(new HostRow(host.getName(), host.getAddress(), host.getPort(), host.getUser(),
					HostGroups.groupsOf(fleet, host).stream().map(HostGroup::getName).toList(), List.copyOf(host.getTags())));
		}
		if (json) {
			try {
				console.out().println(new ObjectMapper().writeValueAsString(rows));
			} catch (JsonProcessingException e) {
				throw new IllegalStateException("host rows of strings, numbers and lists are always JSON", e);
			}
			return ExitCodes.OK;
		}
		console.out().printf("%-24s %-28s %-12s %-24s %s%n", "NAME", "ADDRESS", "USER", "GROUPS", "TAGS");
		for (HostRow row : rows) {
			console.out().printf("%-24s %-28s %-12s %-24s %s%n", row.name(), row.address() + ":" + row.port(), row.user(),
					String.join(",", row.groups()), String.join(",", row.tags()));
		}
		console.err().println(fleetFile + ": " + hosts.size() + " of " + fleet.getHosts().size() + " hosts (" + selection.describe() + ")");
		return ExitCodes.OK;
	}
}
