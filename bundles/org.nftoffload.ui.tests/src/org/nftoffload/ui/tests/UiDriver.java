package org.nftoffload.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives the real workbench from the test thread: widgets are read only through {@link #ui(Supplier)}
 * (the UI thread), and input goes in as real X key and mouse events (see {@link #xdotool}) that GTK,
 * SWT and the key binding dispatcher process as they would a person's. (SWTBot would do this for us
 * but is not on Maven Central.)
 */
final class UiDriver {

	static final Duration TIMEOUT = Duration.ofSeconds(30);
	private final Display display;

	UiDriver(Display display) {
		this.display = display;
	}

	Display display() {
		return display;
	}

	<T> T ui(Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(work.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	void ui(Runnable work) {
		ui(() -> {
			work.run();
			return null;
		});
	}

	/** Waits until {@code condition} (evaluated on the UI thread) holds; fails with {@code what} otherwise. */
	void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (ui(() -> condition.getAsBoolean())) {
				return;
			}
			sleep(50);
		}
		throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for: " + what);
	}

	/** Lets the UI thread process what is queued (X events, asyncExecs) before the next step. */
	void settle() {
		for (int i = 0; i < 3; i++) {
			sleep(80);
			ui(() -> {
				// a round trip through the UI thread's event loop
			});
		}
	}

	/** The shell with this title, once it is open and visible. */
	Shell waitForShell(String title) {
		AtomicReference<Shell> found = new AtomicReference<>();
		waitUntil("a window titled '" + title + "'", () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					found.set(shell);
					return true;
				}
			}
			return false;
		});
		return found.get();
	}

	/**
	 * Gives {@code shell} the X input focus. There is no window manager under Xvfb, so nothing else
	 * moves the focus between windows; the window is found by its (unique) title.
	 */
	void activate(Shell shell) {
		String title = ui(() -> shell.getText());
		// GTK may pad the X window name; match the title as a prefix
		String id = xdotool("search", "--sync", "--onlyvisible", "--name", "^" + posixRegexQuote(title)).lines()
				.findFirst().orElseThrow(() -> new AssertionError("no X window titled '" + title + "'"));
		xdotool("windowfocus", "--sync", id.trim());
		Rectangle bounds = ui(() -> shell.getBounds());
		Point centre = new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		mouseMove(centre.x, centre.y);
		waitUntil("the window '" + title + "' to become active", () -> display.getActiveShell() == shell);
	}

	/** Quotes for xdotool's POSIX extended regular expressions (Java's \\Q...\\E is not understood). */
	static String posixRegexQuote(String text) {
		StringBuilder quoted = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (".[]()*+?^$|\\{}".indexOf(c) >= 0) {
				quoted.append('\\');
			}
			quoted.append(c);
		}
		return quoted.toString();
	}

	void focus(Control control) {
		ui(() -> control.getShell().forceActive());
		ui(() -> control.forceFocus());
		waitUntil("focus on " + control, () -> display.getFocusControl() == control);
	}

	/** The visible widget whose {@code org.nftoffload.test.id} data is {@code id}, below {@code root}. */
	<W extends Widget> W find(Composite root, Class<W> type, String id) {
		AtomicReference<W> found = new AtomicReference<>();
		waitUntil("a " + type.getSimpleName() + " with test id '" + id + "'", () -> {
			found.set(search(root, type, id));
			return found.get() != null;
		});
		return found.get();
	}

	private static <W extends Widget> W search(Control control, Class<W> type, String id) {
		// hidden widgets (a part in a background tab, a closed editor not yet disposed) do not count
		if (control.isDisposed() || !control.isVisible()) {
			return null;
		}
		if (type.isInstance(control) && id.equals(control.getData("org.nftoffload.test.id"))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				W found = search(child, type, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The visible push button labelled {@code text} (mnemonic marks ignored) below {@code root}. */
	org.eclipse.swt.widgets.Button button(Composite root, String text) {
		AtomicReference<org.eclipse.swt.widgets.Button> found = new AtomicReference<>();
		waitUntil("a button '" + text + "'", () -> {
			found.set(searchButton(root, text));
			return found.get() != null;
		});
		return found.get();
	}

	private static org.eclipse.swt.widgets.Button searchButton(Control control, String text) {
		if (control.isDisposed() || !control.isVisible()) {
			return null;
		}
		if (control instanceof org.eclipse.swt.widgets.Button button && text.equals(button.getText().replace("&", ""))) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Button found = searchButton(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The text of the labels below {@code root}, one per line: what a message dialog says. */
	String labels(Composite root) {
		StringBuilder text = new StringBuilder();
		ui(() -> collectLabels(root, text));
		return text.toString();
	}

	private static void collectLabels(Composite parent, StringBuilder text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				collectLabels(composite, text);
			}
		}
	}

	/**
	 * Moves the pointer there, unless it is there already: mousemove --sync waits for the pointer to
	 * move, and to where it already is (a window activated twice, a row clicked again) that wait
	 * only ends when xdotool gives up, 2 to 16 s later.
	 */
	void mouseMove(int x, int y) {
		if (!new Point(x, y).equals(ui(() -> display.getCursorLocation()))) {
			xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y));
		}
	}

	/**
	 * Moves the pointer and waits as mousemove --sync does, also where it is already: a drag needs
	 * that pause (without it GTK did not start the drag in the navigator's test).
	 */
	private void mouseMoveWaiting(int x, int y) {
		xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y));
	}

	void click(Control control) {
		clickAt(ui(() -> control.toDisplay(control.getSize().x / 2, control.getSize().y / 2)));
	}

	/** A left click at a point in display coordinates. */
	void clickAt(Point point) {
		mouseMove(point.x, point.y);
		xdotool("click", "1");
		settle();
	}

	/** A double click of the left button at a point in display coordinates. */
	void doubleClickAt(Point point) {
		mouseMove(point.x, point.y);
		xdotool("click", "--repeat", "2", "--delay", "80", "1");
		settle();
	}

	/** A left click at a point with a modifier held ({@code ctrl}, {@code shift}): adds to a selection. */
	void clickWith(String modifier, Point point) {
		mouseMove(point.x, point.y);
		xdotool("keydown", modifier);
		xdotool("click", "1");
		xdotool("keyup", modifier);
		settle();
	}

	/**
	 * Drags with the left button from one point to another in small steps, as a hand does: GTK starts
	 * a drag only after the pointer moved past its threshold with the button down.
	 */
	void drag(Point from, Point to) {
		mouseMoveWaiting(from.x, from.y);
		xdotool("mousedown", "1");
		int steps = 12;
		for (int i = 1; i <= steps; i++) {
			mouseMoveWaiting(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
			sleep(40);
		}
		sleep(300); // the drop target's feedback settles on the row under the pointer
		mouseMoveWaiting(to.x + 1, to.y);
		xdotool("mouseup", "1");
		settle();
	}

	/**
	 * Presses a key combination in xdotool's notation ({@code ctrl+shift+h}, {@code Return},
	 * {@code Escape}, {@code Tab}).
	 */
	void press(String keys) {
		xdotool("key", "--clearmodifiers", keys);
		settle();
	}

	/** Opens a menu by its mnemonic and picks an item by its mnemonic, e.g. {@code menu("alt+f", "s")}. */
	void menu(String openMenu, String item) {
		press(openMenu);
		sleep(300); // GTK maps the menu asynchronously
		press(item);
	}

	/** Types text key by key. */
	void type(String text) {
		xdotool("type", "--delay", "25", "--", text);
		settle();
	}

	/**
	 * Input goes through the X server's XTEST extension (xdotool), exactly as a keyboard and mouse
	 * would: SWT 3.135's own Display.post() on GTK 3 marks synthesized keys with a mouse-button state
	 * bit, and the e4 key binding dispatcher then ignores them.
	 */
	private String xdotool(String... args) {
		String[] command = new String[args.length + 1];
		command[0] = "xdotool";
		System.arraycopy(args, 0, command, 1, args.length);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new AssertionError("xdotool " + String.join(" ", args) + " failed: " + output);
			}
			sleep(30);
			return output;
		} catch (java.io.IOException e) {
			throw new AssertionError("xdotool is needed for UI tests (apt-get install xdotool): " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}

	/** Saves the whole screen as {@code target/screenshots/NAME.png} (under the repository when known). */
	Path screenshot(String name) {
		settle();
		Path dir = Path.of(System.getProperty("nfto.screenshots", "target/screenshots"));
		Path file = dir.resolve(name + ".png");
		ImageData data = ui(() -> {
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
			} finally {
				gc.dispose();
			}
			ImageData copy = image.getImageData();
			image.dispose();
			return copy;
		});
		try {
			Files.createDirectories(dir);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (java.io.IOException e) {
			throw new AssertionError("cannot write screenshot " + file, e);
		}
		return file;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}
}
