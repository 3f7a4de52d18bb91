package org.nftoffload.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.ops.ModuleOperations;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What picocli gives the command: help per command, usage errors in the console's words, bash completion. */
class HelpAndCompletionTest {

	private final CliRunner cli = new CliRunner();

	@TempDir
	Path dir;

	private static CommandLine commands() {
		return CommandTree.commandLine(new Console(System.out, System.err));
	}

	@Test
	void everyCommandExplainsEachOfItsOptionsInItsHelp() {
		checkHelp(commands());
	}

	private void checkHelp(CommandLine parent) {
		for (var command : parent.getSubcommands().values()) {
			String name = command.getCommandSpec().qualifiedName();
			if (command.getCommandName().equals("help")) {
				continue;
			}
			List<String> words = new java.util.ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
			words.add("--help");
			assertEquals(0, cli.run(words.toArray(String[]::new)), name + ": " + cli.err());
			assertTrue(cli.out().startsWith("usage: " + name), cli.out());
			assertEquals("", cli.err(), name);
			for (OptionSpec option : command.getCommandSpec().options()) {
				assertTrue(cli.out().contains(option.longestName()), name + " --help lacks " + option.longestName() + ":\n" + cli.out());
				assertTrue(option.description().length > 0 && !option.description()[0].isBlank(),
						name + " " + option.longestName() + " has no description");
			}
			checkHelp(command);
		}
	}

	@Test
	void helpCommandPrintsTheNamedCommandsHelp() {
		assertEquals(0, cli.run("help", "module"), cli.err());
		assertTrue(cli.out().startsWith("usage: nftoffload module") && cli.out().contains("--build")
				&& cli.out().contains("\nLoad, build or persist the flow-offload modules on each host.\n"), cli.out());
		for (String module : ModuleOperations.FLOW_MODULES) {
			assertTrue(cli.out().contains(module), "module help names " + module + ":\n" + cli.out());
		}
	}

	@Test
	void noArgumentsPrintTheOverviewAndAreAUsageError() {
		assertEquals(2, cli.run());
		assertTrue(cli.out().contains("usage: nftoffload [-hV] COMMAND") && cli.out().contains("Exit codes: 0 done/valid"),
				cli.out());
	}

	@Test
	void shortVersionOptionPrintsTheSameAsLongOne() {
		assertEquals(0, cli.run("--version"));
		String version = cli.out();
		assertEquals(0, cli.run("-V"));
		assertEquals(version, cli.out());
	}

	@Test
	void missingOptionIsNamedWithTheCommandsUsage() {
		assertEquals(2, cli.run("render", "fleet.nftfleet"));
		assertTrue(cli.err().startsWith("nftoffload render: --host NAME is required\nusage: nftoffload render"), cli.err());
		assertEquals("", cli.out());
	}

	@Test
	void misspelledOptionGetsASuggestion() {
		assertEquals(2, cli.run("module", "--fleet", "f.nftfleet", "--buld"));
		assertTrue(cli.err().contains("nftoffload module: unknown option --buld; did you mean --build?"), cli.err());
	}

	@Test
	void optionGivenTwiceIsAUsageError() {
		assertEquals(2, cli.run("probe", "--fleet", "a.nftfleet", "--fleet", "b.nftfleet"));
		assertTrue(cli.err().startsWith("nftoffload probe: ") && cli.err().contains("--fleet") && cli.err().contains("once"),
				cli.err());
	}

	@Test
	void wholeNumberOptionsRefuseOtherText() {
		assertEquals(2, cli.run("stats", "--fleet", "a.nftfleet", "--samples", "many"));
		assertTrue(cli.err().contains("--samples") && cli.err().contains("'many'"), cli.err());
	}

	@Test
	void completionForAnotherShellIsAUsageError() {
		assertEquals(2, cli.run("completion", "fish"));
		assertTrue(cli.err().contains("no completion for shell 'fish'"), cli.err());
	}

	/** The script is loaded into a real bash and asked what it completes, as the shell asks on Tab. */
	@Test
	void bashCompletionCompletesCommandsAndTheirOptions() throws Exception {
		assertEquals(0, cli.run("completion", "bash"), cli.err());
		Path script = Files.writeString(dir.resolve("nftoffload.bash"), cli.out());
		assertEquals(List.of("probe"), complete(script, "nftoffload", "pro"));
		assertEquals(List.of("--build"), complete(script, "nftoffload", "module", "--bu"));
		assertTrue(complete(script, "nftoffload", "apply", "--").containsAll(
				List.of("--fleet", "--hosts", "--group", "--tag", "--confirm-timeout", "--help")),
				complete(script, "nftoffload", "apply", "--").toString());
	}

	private static List<String> complete(Path script, String... words) throws Exception {
		StringBuilder line = new StringBuilder();
		for (String word : words) {
			line.append(" '").append(word).append('\'');
		}
		// compopt only works while readline completes a word; outside that, bash refuses it noisily
		String program = "compopt() { :; }\nsource '" + script + "'\n" //
				+ "COMP_WORDS=(" + line + ")\n" //
				+ "COMP_CWORD=" + (words.length - 1) + "\n" //
				+ "COMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n" //
				+ "_complete_nftoffload nftoffload \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n" //
				+ "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
		Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).redirectErrorStream(true).start();
		String output = new String(bash.getInputStream().readAllBytes());
		assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
		assertEquals(0, bash.exitValue(), output);
		return output.lines().filter(s -> !s.isBlank()).map(String::strip).toList();
	}
}
