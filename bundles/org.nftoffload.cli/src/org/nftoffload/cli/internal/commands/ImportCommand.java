package org.nftoffload.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.RulesetImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nftoffload import RULESET.nft [--json RULESET.json] [--table NAME] [--into FLEET --host H]}:
 * reads a live ruleset ({@code nft list ruleset}, optionally with {@code nft -j list ruleset} for exact
 * values) and prints the flowtables and offload rules it holds, table by table. The console's own
 * table (default nftoffload) is shown as managed, every other one as observed. With {@code --into}
 * the result becomes host H of the fleet file (created when absent): its flowtables, rules and
 * observed tables are replaced; its interfaces (with their probe data), connection settings and
 * profiles are kept, devices it lacks are added.
 */
@Command(name = "import", header = "Read a live ruleset: its flowtables and offload rules, table by table.",
		description = { "The console's own table is shown as managed, every other one as observed. With --into the",
				"result becomes host NAME of the fleet file (created when absent): its flowtables, rules and",
				"observed tables are replaced; its interfaces, connection settings and profiles are kept." })
public final class ImportCommand extends ConsoleCommand {

	@Mixin
	HelpOption help;

	@Parameters(paramLabel = "RULESET.nft", description = "The output of 'nft list ruleset'.")
	Path text;

	@Option(names = "--json", paramLabel = "RULESET.json",
			description = "The same ruleset as 'nft -j list ruleset' prints it, for exact values.")
	Path json;

	@Option(names = "--table", paramLabel = "NAME", defaultValue = "nftoffload",
			description = "The console's own table (default: ${DEFAULT-VALUE}).")
	String table;

	@Option(names = "--into", paramLabel = "FLEET.nftfleet", description = "Save the result into this fleet file (with --host).")
	Path into;

	@Option(names = "--host", paramLabel = "NAME", description = "The host of --into that receives the ruleset.")
	String hostName;

	@Override
	public Integer call() throws CommandFailure {
		if ((into == null) != (hostName == null)) {
			throw usage("--into and --host go together");
		}
		LiveRuleset live = CommandSupport.ruleset(text, json);
		String name = hostName != null ? hostName : text.getFileName().toString();
		RulesetImporter.ImportResult result = RulesetImporter.importRuleset(live, name, table);
		for (String warning : result.warnings()) {
			console.err().println("warning: " + warning);
		}
		print(result.host(), console);
		if (into != null) {
			try {
				save(into, hostName, result.host(), console);
			} catch (FleetFileException e) {
				return fail(ExitCodes.USAGE_OR_INPUT, e.getMessage());
			}
		}
		return ExitCodes.OK;
	}

	private static void print(Host host, Console console) {
		if (!host.getFlowtables().isEmpty() || !host.getRules().isEmpty()) {
			console.out().println("table " + host.getTableName() + " (managed by the console)");
			printContents(host.getFlowtables(), host.getRules(), console);
		}
		for (ObservedTable observed : host.getObservedTables()) {
			console.out().println("table " + observed.getFamily() + " " + observed.getName() + " (observed, not managed)");
			printContents(observed.getFlowtables(), observed.getRules(), console);
		}
	}

	private static void printContents(List<Flowtable> flowtables, List<OffloadRule> rules, Console console) {
		for (Flowtable f : flowtables) {
			console.out().println("  flowtable " + f.getFamily().getLiteral() + " " + f.getName() + ": hook " + f.getHook() + " priority "
					+ f.getPriority() + ", devices " + f.getDevices().stream().map(NetworkInterface::getName).toList() + ", offload "
					+ f.getOffloadMode().getLiteral() + (f.isCounter() ? ", counter" : ", no counter"));
		}
		for (OffloadRule r : rules) {
			StringBuilder line = new StringBuilder("  rule");
			if (r.getChain() != null) {
				line.append(" in chain ").append(r.getChain());
			}
			line.append(": flow add @").append(r.getFlowtable() != null ? r.getFlowtable().getName() : r.getFlowtableName() + " (missing!)");
			if (!r.getProtocols().isEmpty()) {
				line.append(", protocols ").append(r.getProtocols().stream().map(Protocol::getLiteral).toList());
			}
			if (!r.getInputInterfaces().isEmpty()) {
				line.append(", from ").append(r.getInputInterfaces().stream().map(NetworkInterface::getName).toList());
			}
			if (!r.getOutputInterfaces().isEmpty()) {
				line.append(", to ").append(r.getOutputInterfaces().stream().map(NetworkInterface::getName).toList());
			}
			if (!r.getSourcePrefixes().isEmpty()) {
				line.append(", source ").append(r.getSourcePrefixes());
			}
			if (!r.getDestinationPrefixes().isEmpty()) {
				line.append(", destination ").append(r.getDestinationPrefixes());
			}
			if (r.isExcludeMarked()) {
				line.append(", unmarked only");
			}
			if (r.isExcludeNatted()) {
				line.append(", not NATed");
			}
			if (r.getComment() != null) {
				line.append(", comment \"").append(r.getComment()).append('"');
			}
			console.out().println(line);
		}
	}

	private static void save(Path file, String hostName, Host imported, Console console) throws FleetFileException {
		Fleet fleet;
		if (Files.exists(file)) {
			fleet = FleetFiles.load(file);
		} else {
			fleet = ModelFactory.eINSTANCE.createFleet();
			fleet.setName(file.getFileName().toString().replaceFirst("\\.nftfleet$", ""));
		}
		Host target = fleet.getHosts().stream().filter(h -> hostName.equals(h.getName())).findFirst().orElse(null);
		if (target == null) {
			target = ModelFactory.eINSTANCE.createHost();
			target.setName(hostName);
			target.setAddress(hostName);
			fleet.getHosts().add(target);
		}
		RulesetImporter.adoptInto(target, imported);
		FleetFiles.save(fleet, file);
		console.err().println(file + ": host " + hostName + " now holds the imported ruleset");
	}
}
