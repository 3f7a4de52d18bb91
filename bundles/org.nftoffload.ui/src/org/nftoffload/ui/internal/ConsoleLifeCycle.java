package org.nftoffload.ui.internal;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * Puts the console's services into the application context before any part is created, and opens
 * the fleet named on the command line ({@code -fleet FILE}, or the system property
 * {@code nfto.fleet}) once the window is up.
 */
public final class ConsoleLifeCycle {

	@PostContextCreate
	void postContextCreate(IEclipseContext context, IApplicationContext applicationContext, IEventBroker broker) {
		FleetDocument document = new FleetDocument();
		RecentFiles recent = new RecentFiles();
		context.set(FleetDocument.class, document);
		context.set(RecentFiles.class, recent);
		context.set(FileChooser.class, new FileChooser.Native());
		// Where the desktop has no Secret Service, the keyring's master password is asked for in a dialog.
		org.nftoffload.fleet.ops.RemoteAccess
				.useMasterPassword(org.nftoffload.ui.internal.dialogs.MasterPasswordDialog.asker(Display.getDefault()));

		Path initial = initialFleet((String[]) applicationContext.getArguments().get(IApplicationContext.APPLICATION_ARGS));
		if (initial != null) {
			// open once the workbench has rendered: the open job reports errors in a dialog over the window
			broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
				@Override
				public void handleEvent(Event event) {
					broker.unsubscribe(this); // once: the startup completes once
					openInitial(context, document, recent, initial);
				}
			});
		}
	}

	private static void openInitial(IEclipseContext context, FleetDocument document, RecentFiles recent, Path initial) {
		Shell shell = Display.getDefault().getActiveShell();
		if (shell == null) {
			MApplication application = context.get(MApplication.class);
			MWindow window = application.getChildren().get(0);
			shell = (Shell) window.getWidget();
		}
		FleetIO.open(document, initial, shell, recent);
	}

	static Path initialFleet(String[] args) {
		if (args != null) {
			for (int i = 0; i + 1 < args.length; i++) {
				if ("-fleet".equals(args[i])) {
					return Path.of(args[i + 1]);
				}
			}
		}
		String property = System.getProperty("nfto.fleet");
		return property == null || property.isBlank() ? null : Path.of(property);
	}
}
