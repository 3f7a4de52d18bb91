package org.nftoffload.ui.internal.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.nftoffload.model.Host;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * nft Preview: the exact script the console would apply to the selected host (what
 * {@code nftoffload render} prints), following edits as they happen. Read-only; copyable.
 */
public final class NftPreviewPart {

	@Inject
	private FleetDocument document;

	private StyledText text;
	private Host host;
	// once per UI tick (FleetDocument coalesces the notifications of a burst)
	private final FleetDocument.Listener listener = d -> refresh();

	@PostConstruct
	void createControls(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setData("org.nftoffload.test.id", "nftPreview");
		document.addListener(listener);
		refresh();
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		// a navigator row (a group member, a host's category) stands for its host
		for (EObject o = org.nftoffload.ui.internal.NavigatorNodes.modelObject(selection); o != null; o = o.eContainer()) {
			if (o instanceof Host selected) {
				host = selected;
				refresh();
				return;
			}
		}
	}

	private void refresh() {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (host == null || host.eResource() == null) {
			host = null;
			text.setText("# Select a host to see the nft script the console would apply to it.");
			return;
		}
		try {
			text.setText(NftRenderer.render(host));
		} catch (NftRenderException e) {
			text.setText("# " + host.getName() + ": nothing can be rendered until this is fixed:\n# "
					+ String.valueOf(e.getMessage()).replace("\n", "\n# "));
		}
	}

	@PreDestroy
	void dispose() {
		document.removeListener(listener);
	}
}
