package org.nftoffload.cli.internal;

import picocli.CommandLine;

/** Creates the command objects for picocli and hands each {@link ConsoleCommand} the console to write to. */
final class ConsoleFactory implements CommandLine.IFactory {

	private final Console console;
	private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

	ConsoleFactory(Console console) {
		this.console = console;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		K created = defaults.create(type);
		if (created instanceof ConsoleCommand command) {
			command.console = console;
		}
		return created;
	}
}
