package org.nftoffload.ui.internal.handlers;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Help > About. */
public final class AboutHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		MessageDialog.openInformation(shell, "About nft-offload Console",
				"nft-offload Console " + version + "\n\nFlow offloading (nftables flowtables, software fast path "
						+ "and hardware offload) for fleets of Linux routers.\n\nJava " + System.getProperty("java.version")
						+ ", " + Platform.getOS() + "/" + Platform.getWS() + "/" + Platform.getOSArch());
	}
}
