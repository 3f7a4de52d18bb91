package org.nftoffload.cli.internal;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The OSGi application behind the {@code nftoffload} launcher script. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = new Cli().run(Arrays.asList(args == null ? new String[0] : args), new Console(System.out, System.err));
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}
}
