package org.nftoffload.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;

/**
 * Starts the periodic drift check with the interval of the preferences once the workbench is up
 * (the check needs the display and the open fleet).
 */
public final class PeriodicDriftCheckAddon {

	@PostConstruct
	void startAfterStartup(IEventBroker broker, PeriodicDriftCheck periodicDrift) {
		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
			@Override
			public void handleEvent(Event event) {
				broker.unsubscribe(this);
				periodicDrift.followPreferences();
			}
		});
	}
}
