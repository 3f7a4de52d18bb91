package org.nftoffload.ui.internal.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line at the bottom of the window: which file is open, how many hosts it has and whether
 * it has unsaved changes. Also keeps the window title in step ("nft-offload Console — file *").
 */
public final class StatusLine {

	static final String TITLE = "nft-offload Console";

	@Inject
	private FleetDocument document;
	@Inject
	private MWindow window;

	private Label label;
	// once per UI tick (FleetDocument coalesces the notifications of a burst)
	private final FleetDocument.Listener listener = d -> update();

	@PostConstruct
	void createControls(Composite parent) {
		// the tool control's container has no layout of its own: without one the label gets no size
		GridLayoutFactory.fillDefaults().margins(6, 3).applyTo(parent);
		label = new Label(parent, SWT.NONE);
		label.setData("org.nftoffload.test.id", "statusline");
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(label);
		document.addListener(listener);
		update();
	}

	private void update() {
		if (label == null || label.isDisposed()) {
			return;
		}
		int hosts = document.fleet().getHosts().size();
		String file = document.file().map(Object::toString).orElse("not saved yet");
		label.setText(document.fleet().getName() + "  —  " + hosts + (hosts == 1 ? " host" : " hosts") + "  —  " + file
				+ (document.isDirty() ? "  —  modified" : ""));
		label.requestLayout();
		window.setLabel(TITLE + " — " + (document.isDirty() ? "*" : "") + document.displayName());
	}

	@PreDestroy
	void dispose() {
		document.removeListener(listener);
	}
}
