package org.nftoffload.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.nftoffload.ui.internal.RecentFiles;

/** File > Open Recent: one item per recently used fleet file, numbered for keyboard access. */
public final class OpenRecentMenu {

	static final String PATH_KEY = "org.nftoffload.ui.recentPath";

	@AboutToShow
	void aboutToShow(List<MMenuElement> items, RecentFiles recent) {
		List<Path> paths = recent.list();
		if (paths.isEmpty()) {
			MDirectMenuItem none = MMenuFactory.INSTANCE.createDirectMenuItem();
			none.setLabel("(no recent fleets)");
			none.setEnabled(false);
			none.setContributionURI("bundleclass://org.nftoffload.ui/" + OpenRecentHandler.class.getName());
			items.add(none);
			return;
		}
		int number = 1;
		for (Path path : paths) {
			MDirectMenuItem item = MMenuFactory.INSTANCE.createDirectMenuItem();
			item.setLabel("&" + number++ + " " + path.getFileName() + "  (" + path.getParent() + ")");
			item.setTooltip(path.toString());
			item.getTransientData().put(PATH_KEY, path);
			item.setContributionURI("bundleclass://org.nftoffload.ui/" + OpenRecentHandler.class.getName());
			items.add(item);
		}
	}
}
