package org.nftoffload.ui.tests;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.FleetDocument;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The product's running workbench, as the UI test classes see it: its window, fleet document,
 * part service and context, and the navigator clicks they share. The UI harness starts one
 * workbench for all test classes; each class attaches to it.
 */
final class Workbench {

	/**
	 * Answers the file questions the native GTK dialog would ask (SWT events cannot drive it): the
	 * next file to open or save as, once.
	 */
	static final class ScriptedChooser implements FileChooser {
		final AtomicReference<Path> next = new AtomicReference<>();

		@Override
		public Path chooseToOpen(Shell shell) {
			return next.getAndSet(null);
		}

		@Override
		public Path chooseToSave(Shell shell, String suggestedName) {
			return next.getAndSet(null);
		}
	}

	final UiDriver ui;
	final Shell window;
	final FleetDocument document;
	final EPartService parts;
	final IEclipseContext context;

	private Workbench(UiDriver ui, Shell window, FleetDocument document, EPartService parts, IEclipseContext context) {
		this.ui = ui;
		this.window = window;
		this.document = document;
		this.parts = parts;
		this.context = context;
	}

	/** File &gt; Open... of {@code fleet} (the chooser answered as the GTK dialog would); returns once it is open. */
	void openFromFileMenu(Path fleet) {
		ScriptedChooser chooser = new ScriptedChooser();
		chooser.next.set(fleet);
		ui.ui(() -> context.set(FileChooser.class, chooser));
		ui.menu("alt+f", "o");
		ui.waitUntil("the fleet " + fleet.getFileName() + " to open", () -> fleet.equals(document.file().orElse(null)));
	}

	/** Waits for the workbench window to show and gives it the input focus. */
	static Workbench attach() {
		prepareSecureStorage();
		BundleContext bundles = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
		ServiceReference<IWorkbench> reference = null;
		for (int i = 0; i < 600 && reference == null; i++) {
			reference = bundles.getServiceReference(IWorkbench.class);
			UiDriver.sleep(50);
		}
		MApplication application = bundles.getService(reference).getApplication();
		IEclipseContext context = application.getContext();
		AtomicReference<Shell> shell = new AtomicReference<>();
		for (int i = 0; i < 600 && shell.get() == null; i++) {
			if (application.getChildren().get(0).getWidget() instanceof Shell s) {
				shell.set(s);
			}
			UiDriver.sleep(50);
		}
		Shell window = shell.get();
		UiDriver ui = new UiDriver(window.getDisplay());
		Workbench workbench = new Workbench(ui, window, context.get(FleetDocument.class), context.get(EPartService.class),
				context);
		ui.waitUntil("the workbench window to show", () -> window.isVisible());
		// A test that failed with a dialog open (a summary, a question) leaves it modal over the
		// window, and every class after it would fail on that: each class starts without one.
		ui.ui(() -> {
			for (Shell left : window.getDisplay().getShells()) {
				if (left != window && !left.isDisposed() && left.isVisible()) {
					System.err.println("closing the window '" + left.getText() + "' that an earlier test left open");
					left.close();
				}
			}
		});
		ui.activate(window);
		return workbench;
	}

	private static boolean secureStorageReady;

	/** The master password {@link #prepareSecureStorage()} answers with. */
	static final String MASTER_PASSWORD = "ui tests master password";

	/**
	 * Secure storage as on a machine without a Secret Service (see pom.xml): the console's own
	 * keyring under the tests' state directory, with a master password. On the first attach of a
	 * test run, before any test stores a secret, the keyring a previous run of the same tree left
	 * behind is removed, so every run starts without stored passwords; the prompt is answered with
	 * {@link #MASTER_PASSWORD} so that a test whose login falls back to a password is not stopped by
	 * a dialog it does not expect (CredentialsWorkbenchTest drives the real one).
	 */
	static void prepareSecureStorage() {
		Path state = Path.of(System.getProperty("nftoffload.state"));
		try {
			java.nio.file.Files.createDirectories(state);
			if (!secureStorageReady) {
				java.nio.file.Files.deleteIfExists(state.resolve(org.nftoffload.remote.SecretStorage.MASTER_PASSWORD_KEYRING));
				secureStorageReady = true;
				answerMasterPassword();
			}
		} catch (java.io.IOException e) {
			throw new AssertionError("cannot prepare the secure storage under " + state, e);
		}
	}

	/** The console's storage takes {@link #MASTER_PASSWORD} without asking. */
	static void answerMasterPassword() {
		org.nftoffload.fleet.ops.RemoteAccess.useMasterPassword(
				(keyring, creating, retry) -> retry == null ? MASTER_PASSWORD.toCharArray() : null);
	}

	/** Clicks the navigator row of the fleet's host at {@code index} and waits until it is the selection. */
	Host clickHostInNavigator(int index) {
		Tree tree = ui.find(window, Tree.class, "navigator");
		Host host = ui.ui(() -> document.fleet().getHosts().get(index));
		// The fleet's row lists groups before hosts: find the host's row by its data.
		clickInNavigator(() -> java.util.Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getData() == host)
				.findFirst().orElseThrow(() -> new AssertionError("no navigator row for " + host.getName())).getBounds());
		ui.waitUntil(ui.ui(host::getName) + " selected in the navigator",
				() -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getData() == host);
		return host;
	}

	/** Clicks the navigator row of a group or profile (a child of the fleet's row) and waits until it is the selection. */
	void clickChildOfFleetInNavigator(Object element) {
		Tree tree = ui.find(window, Tree.class, "navigator");
		clickInNavigator(() -> java.util.Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getData() == element)
				.findFirst().orElseThrow(() -> new AssertionError("no navigator row for " + element)).getBounds());
		ui.waitUntil(element + " selected in the navigator",
				() -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getData() == element);
	}

	/** The object of the active part (an editor's Java object), read on the UI thread. */
	Object activePartObject() {
		return ui.ui(() -> parts.getActivePart() == null ? null : parts.getActivePart().getObject());
	}

	/** Clicks the row of {@code table} that shows {@code element} (JFace puts it in the item's data). */
	void clickRow(org.eclipse.swt.widgets.Table table, Object element) {
		ui.clickAt(ui.ui(() -> {
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				if (item.getData() == element) {
					Rectangle bounds = item.getBounds(table.getColumnCount() > 1 ? 1 : 0);
					return table.toDisplay(bounds.x + Math.min(bounds.width / 2, 30), bounds.y + bounds.height / 2);
				}
			}
			throw new AssertionError("no row for " + element + " in " + table.getData("org.nftoffload.test.id"));
		}));
	}

	/** Closes every editor (parts in the editor stack), as their tabs' close buttons would. */
	void closeEditors() {
		ui.ui(() -> parts.getParts().stream().filter(p -> p.getElementId().startsWith("org.nftoffload.ui.partdescriptor."))
				.filter(p -> p.isToBeRendered()).toList().forEach(p -> parts.hidePart(p, true)));
		ui.settle();
	}

	/** Clicks the fleet (the navigator's root row): operations then target every host. */
	void clickFleetInNavigator() {
		Tree tree = ui.find(window, Tree.class, "navigator");
		clickInNavigator(() -> tree.getItem(0).getBounds());
		ui.waitUntil("the fleet selected in the navigator",
				() -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getData() == document.fleet());
	}

	private void clickInNavigator(java.util.function.Supplier<Rectangle> row) {
		Tree tree = ui.find(window, Tree.class, "navigator");
		ui.activate(window);
		ui.clickAt(ui.ui(() -> {
			Rectangle item = row.get();
			return tree.toDisplay(item.x + item.width / 2, item.y + item.height / 2);
		}));
	}

	/**
	 * Opens {@code fleet} as if File > Open had loaded it from {@code fileName} (generated in memory:
	 * quick at any size), and waits for the navigator to show it, unfiltered.
	 */
	void openInMemory(org.nftoffload.model.Fleet fleet, String fileName) {
		ui.ui(() -> {
			org.eclipse.emf.ecore.resource.Resource resource = org.nftoffload.fleet.FleetFiles.newResourceSet()
					.createResource(org.eclipse.emf.common.util.URI.createURI(fileName));
			resource.getContents().add(fleet);
			document.open(resource, null);
		});
		Tree tree = navigatorTree();
		ui.waitUntil("the navigator to show the test fleet",
				() -> tree.getItemCount() == 1 && tree.getItem(0).getData() == fleet && tree.getItem(0).getItemCount() > 0);
		ui.ui(() -> navigatorPart().filterText().setText(""));
	}

	/** The row showing {@code element} among {@code items} and their expanded children, or null. */
	static org.eclipse.swt.widgets.TreeItem navigatorRow(org.eclipse.swt.widgets.TreeItem[] items, Object element) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			if (element.equals(item.getData())) {
				return item;
			}
			org.eclipse.swt.widgets.TreeItem inside = item.getExpanded() ? navigatorRow(item.getItems(), element) : null;
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	Tree navigatorTree() {
		return ui.find(window, Tree.class, "navigator");
	}

	org.nftoffload.ui.internal.parts.FleetNavigatorPart navigatorPart() {
		return ui.ui(() -> (org.nftoffload.ui.internal.parts.FleetNavigatorPart) parts
				.findPart(org.nftoffload.ui.internal.parts.FleetNavigatorPart.ID).getObject());
	}

	/** Brings a part's tab to the front, as a click on the tab would. */
	void showPart(String id) {
		ui.ui(() -> parts.showPart(id, EPartService.PartState.VISIBLE));
	}
}
