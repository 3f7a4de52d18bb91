package org.nftoffload.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.HostSelection;
import org.nftoffload.fleet.ansible.AnsibleExport;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.remote.AgentDeployer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nftoffload export ansible --fleet F --out DIR [TARGETS]}: an inventory of the selected
 * hosts and a playbook that applies each one's rendered table with commit-confirm through the
 * agent, for fleets larger than one console's SSH fan-out. Connects to nothing. Exit 0 when every
 * selected host was exported, 1 when some were left out (model errors, values that cannot safely
 * reach Ansible; each named on stderr), 2 on usage errors or unreadable input.
 */
@Command(name = "ansible", header = "Write an Ansible inventory and a playbook that applies each host's table with commit-confirm.",
		description = { "Writes DIR/inventory.yml, DIR/nftoffload.yml (with ansible.cfg and action_plugins/), the agent and each",
				"host's ruleset under DIR/files/. Then: cd DIR && ansible-playbook nftoffload.yml [--check --diff].",
				"Hosts whose model has errors are left out (exit 1). Connects to nothing." })
public final class ExportAnsibleCommand extends ConsoleCommand {

	@Option(names = "--fleet", required = true, paramLabel = "FILE", description = "The fleet file.")
	Path fleetFile;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write (created when missing).")
	Path out;

	@Option(names = "--hosts", paramLabel = "HOST", split = ",",
			description = "Only these hosts, comma-separated. With --group or --tag: these and those.")
	List<String> hostNames = new ArrayList<>();

	@Option(names = "--group", paramLabel = "G", description = "The hosts of group G and of its subgroups (repeatable).")
	List<String> groups = new ArrayList<>();

	@Option(names = "--tag", paramLabel = "T", description = "The hosts tagged T (repeatable).")
	List<String> tags = new ArrayList<>();

	@Option(names = "--confirm-timeout", paramLabel = "SECONDS", defaultValue = "60",
			description = "How long a host waits for the playbook's confirm before it rolls back, 5-3600 (default: ${DEFAULT-VALUE}).")
	String timeout;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		int seconds = confirmTimeoutSeconds(timeout);
		Fleet fleet = CommandSupport.load(fleetFile);
		HostSelection selection = HostSelection.of(hostNames.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
				groups, tags);
		List<Host> hosts = CommandSupport.select(fleet, fleetFile, selection);
		if (hosts.isEmpty()) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, fleet.getHosts().isEmpty()
					? fleetFile + ": the fleet has no hosts; add some first"
					: fleetFile + ": " + selection.describe() + " has no hosts; add hosts to it or pick others");
		}
		AnsibleExport.Result result;
		try {
			result = AnsibleExport.write(fleet, hosts, out, AgentDeployer.shipped().script(),
					new AnsibleExport.Options(seconds));
		} catch (IOException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, "cannot write " + out + ": " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : " " + e.getMessage()) + ": check the path and permissions");
		}
		result.files().forEach(f -> console.out().println(f));
		for (AnsibleExport.Skipped skipped : result.skipped()) {
			console.err().println(name() + ": " + skipped.host() + ": " + skipped.reason());
		}
		result.inventoryNames().forEach((model, inventory) -> {
			if (!model.equals(inventory)) {
				console.out().println("host " + model + " is " + inventory + " in the inventory");
			}
		});
		console.out().println(name() + ": " + result.inventoryNames().size() + " of " + hosts.size() + " host(s) in "
				+ out.resolve(AnsibleExport.INVENTORY) + "; run: cd " + out + " && ansible-playbook "
				+ AnsibleExport.PLAYBOOK + " [--check --diff]");
		return result.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
	}
}
