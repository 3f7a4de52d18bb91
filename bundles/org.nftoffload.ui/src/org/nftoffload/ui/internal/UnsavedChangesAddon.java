package org.nftoffload.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.nftoffload.ui.internal.handlers.SaveFlow;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;

/**
 * Closing the console's window (title bar, Alt+F4, File > Exit) first asks about unsaved changes:
 * Save / Don't Save / Cancel. A window-level concern, so an application addon installs it on
 * every window once the workbench is up (the renderer puts its own default handler into each
 * window's context while rendering it), instead of a part that may not be rendered.
 */
public final class UnsavedChangesAddon {

	@PostConstruct
	void installAfterStartup(IEventBroker broker, MApplication application, SaveFlow saveFlow) {
		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
			@Override
			public void handleEvent(Event event) {
				broker.unsubscribe(this); // once: the startup completes once
				IWindowCloseHandler askFirst = window -> saveFlow.confirmClose();
				for (MWindow window : application.getChildren()) {
					if (window.getContext() != null) {
						window.getContext().set(IWindowCloseHandler.class, askFirst);
					}
				}
			}
		});
	}
}
