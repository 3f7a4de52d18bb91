package org.nftoffload.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The most recently opened or saved fleet files (File > Open Recent), kept in the instance preferences. */
public final class RecentFiles {

	static final int MAX = 8;
	private static final String KEY = "recentFleetFiles";

	private final IEclipsePreferences node;

	public RecentFiles() {
		this(InstanceScope.INSTANCE.getNode("org.nftoffload.ui"));
	}

	RecentFiles(IEclipsePreferences node) {
		this.node = node;
	}

	public List<Path> list() {
		String stored = node.get(KEY, "");
		List<Path> paths = new ArrayList<>();
		Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).map(Path::of).forEach(paths::add);
		return paths;
	}

	public void add(Path file) {
		List<Path> paths = list();
		Path absolute = file.toAbsolutePath().normalize();
		paths.remove(absolute);
		paths.add(0, absolute);
		while (paths.size() > MAX) {
			paths.remove(paths.size() - 1);
		}
		node.put(KEY, String.join("\n", paths.stream().map(Path::toString).toList()));
		// flushing writes a file: never on the UI thread
		Job.create("Remembering recent fleet files", monitor -> {
			try {
				node.flush();
			} catch (BackingStoreException e) {
				// losing the recent-files list is an inconvenience, not a reason to fail the open/save
			}
		}).schedule();
	}
}
