package org.nftoffload.remote.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What failed and why, into the platform log ({@link ILog}) of the bundle that failed: the
 * workbench's {@code .metadata/.log} and the command's log file (see the README, "Logs"). Outside
 * OSGi (benchmarks and trials on a plain class path) the same lines go to {@link System.Logger}.
 * <p>
 * Messages are the ones the user is shown: they name the host and the reason, and never hold a
 * password or passphrase (SecretsNotLoggedTest greps every log for them).
 */
public final class ConsoleLog {

	private ConsoleLog() {
	}

	public static void warn(Class<?> where, String message, Throwable cause) {
		log(where, IStatus.WARNING, message, cause);
	}

	public static void error(Class<?> where, String message, Throwable cause) {
		log(where, IStatus.ERROR, message, cause);
	}

	private static void log(Class<?> where, int severity, String message, Throwable cause) {
		Bundle bundle = FrameworkUtil.getBundle(where);
		if (bundle == null || bundle.getBundleContext() == null) {
			System.getLogger(where.getName()).log(
					severity == IStatus.ERROR ? System.Logger.Level.ERROR : System.Logger.Level.WARNING, message, cause);
			return;
		}
		ILog.of(bundle).log(new Status(severity, bundle.getSymbolicName(), message, cause));
	}
}
