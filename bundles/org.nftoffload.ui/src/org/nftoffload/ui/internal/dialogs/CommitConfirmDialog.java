package org.nftoffload.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.ui.internal.TableColumns;

/**
 * The second half of Fleet > Apply: the new tables are live and the console reached every host
 * again; the engineer checks the network and confirms, or rolls back. A countdown shows how long
 * the hosts still wait: when it runs out the dialog closes with {@link #EXPIRED} and the hosts
 * restore their previous tables by themselves. Closing the dialog (Escape) rolls back: only an
 * explicit Confirm keeps the change.
 */
public final class CommitConfirmDialog extends TitleAreaDialog {

	/** Return code when the countdown ran out before the engineer answered. */
	public static final int EXPIRED = 2;

	private final List<HostResult> applied;
	private final long deadlineNanos;
	private Label countdown;
	private ProgressBar bar;
	private final Runnable tick = this::tick;

	/**
	 * @param deadlineNanos {@link System#nanoTime()} by which the confirm must have reached the
	 *            hosts (the caller leaves a margin before the earliest host's own deadline)
	 */
	public CommitConfirmDialog(Shell parent, List<HostResult> applied, long deadlineNanos) {
		super(parent);
		this.applied = List.copyOf(applied);
		this.deadlineNanos = deadlineNanos;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Apply: confirm the new tables");
	}

	@Override
	protected Point getInitialSize() {
		return new Point(820, 480);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		long pending = applied.stream().filter(r -> r.status() == HostResult.Status.PENDING).count();
		setTitle("The new tables are live on " + pending + " host(s)");
		setMessage("The console reached each of them again over a new SSH connection. Check your network, "
				+ "then confirm. Without a confirm every host restores its previous table by itself.");
		Composite area = (Composite) super.createDialogArea(parent);
		TableViewer hosts = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(hosts.getTable());
		hosts.getTable().setHeaderVisible(true);
		hosts.getTable().setLinesVisible(true);
		hosts.getTable().setData("org.nftoffload.test.id", "confirm.hosts");
		hosts.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(hosts, HostResult.class, "Host", 160, HostResult::host);
		TableColumns.add(hosts, HostResult.class, "State", 150, r -> r.status() == HostResult.Status.PENDING ? "waiting for confirm"
				: r.status().name().toLowerCase().replace('_', ' '));
		TableColumns.add(hosts, HostResult.class, "Details", 480, HostResult::reason);
		hosts.setInput(applied);
		countdown = new Label(area, SWT.NONE);
		countdown.setData("org.nftoffload.test.id", "confirm.countdown");
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 4).applyTo(countdown);
		bar = new ProgressBar(area, SWT.HORIZONTAL);
		bar.setMaximum((int) Math.max(1, secondsLeft()));
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(bar);
		tick();
		return area;
	}

	private long secondsLeft() {
		return Math.max(0, (deadlineNanos - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
	}

	/** Once a second on the UI thread (Display.timerExec), until the dialog closes. */
	private void tick() {
		if (countdown == null || countdown.isDisposed()) {
			return;
		}
		long left = secondsLeft();
		if (left == 0) {
			setReturnCode(EXPIRED);
			close();
			return;
		}
		countdown.setText("The hosts restore their previous tables in " + left + " s unless you confirm.");
		bar.setSelection((int) left);
		countdown.getDisplay().timerExec(1000, tick);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Confirm", false);
		createButton(parent, IDialogConstants.CANCEL_ID, "&Roll Back Now", true);
	}

	@Override
	public boolean close() {
		if (countdown != null && !countdown.isDisposed()) {
			countdown.getDisplay().timerExec(-1, tick);
		}
		return super.close();
	}
}
