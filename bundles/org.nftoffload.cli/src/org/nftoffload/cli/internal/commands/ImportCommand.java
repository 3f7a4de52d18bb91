package org.nftoffload.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.UsageException;
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

/**
 * {@code nftoffload import RULESET.nft [--json RULESET.json] [--table NAME] [--into FLEET --host H]}:
 * reads a live ruleset ({@code nft list ruleset}, optionally with {@code nft -j list ruleset} for exact
 * values) and prints the flowtables and offload rules it holds, table by table. The console's own
 * table (default nftoffload) is shown as managed, every other one as observed. With {@code --into}
 * the result becomes host H of the fleet file (created when absent): its flowtables, rules and
 * observed tables are replaced; its interfaces (with their probe data), connection settings and
 * profiles are kept, devices it lacks are added.
 */
public final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "nftoffload import RULESET.nft [--json RULESET.json] [--table NAME] [--into FLEET.nftfleet --host NAME]";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> args = new ArrayList<>(arguments);
		String json = CommandSupport.option(args, "--json");
		String table = CommandSupport.option(args, "--table");
		String into = CommandSupport.option(args, "--into");
		String hostName = CommandSupport.option(args, "--host");
		CommandSupport.noMoreOptions(args);
		if (args.size() != 1) {
			throw new UsageException("expected one ruleset file (the output of 'nft list ruleset')");
		}
		if ((into == null) != (hostName == null)) {
			throw new UsageException("--into and --host go together");
		}
		Path text = Path.of(args.get(0));
		try {
			LiveRuleset live = CommandSupport.ruleset(text, json == null ? null : Path.of(json));
			String name = hostName != null ? hostName : text.getFileName().toString();
			RulesetImporter.ImportResult result = RulesetImporter.importRuleset(live, name, table == null ? "nftoffload" : table);
			for (String warning : result.warnings()) {
				console.err().println("warning: " + warning);
			}
			print(result.host(), console);
			if (into != null) {
				save(Path.of(into), hostName, result.host(), console);
			}
			return ExitCodes.OK;
		} catch (CommandSupport.Failed e) {
			console.err().println("nftoffload import: " + e.getMessage());
			return e.exitCode;
		} catch (FleetFileException e) {
			console.err().println("nftoffload import: " + e.getMessage());
			return ExitCodes.USAGE_OR_INPUT;
		}
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
