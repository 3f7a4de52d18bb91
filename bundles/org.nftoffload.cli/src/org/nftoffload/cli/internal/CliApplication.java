package org.nftoffload.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The OSGi application behind the {@code nftoffload} launcher script. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = new Cli().run(commandArguments(args == null ? new String[0] : args), new Console(System.out, System.err));
		System.out.flush();
		return Integer.valueOf(code);
	}

	/**
	 * The command's own arguments: the launcher also passes Equinox's secure storage options
	 * ({@code -eclipse.keyring FILE -eclipse.password FILE}), which the platform reads itself.
	 */
	static List<String> commandArguments(String[] args) {
		List<String> command = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if ((args[i].equals("-eclipse.keyring") || args[i].equals("-eclipse.password")) && i + 1 < args.length) {
				i++;
				continue;
			}
			command.add(args[i]);
		}
		return command;
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}
}
