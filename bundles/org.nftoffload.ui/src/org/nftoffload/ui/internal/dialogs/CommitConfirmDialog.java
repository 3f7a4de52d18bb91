package org.nftoffload.ui.internal.dialogs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.ui.internal.TableColumns;

/**
 * The second half of Fleet > Apply: the new tables are live on the hosts listed, each with its own
 * deadline counted from its own apply, and the console reached each again and watched its data
 * plane. It opens when the first host waits, while the others may still be applying, and shows
 * them as they come. The engineer checks the network and confirms (the hosts waiting now, and
 * those still applying once their own checks pass), or rolls back. A host whose deadline comes
 * first restores its previous table; when no host is left to decide the dialog closes with
 * {@link #EXPIRED}. Closing the dialog (Escape) rolls back: only an explicit Confirm keeps the change.
 */
public final class CommitConfirmDialog extends TitleAreaDialog {

	/** Return code when every host's deadline ran out before the engineer answered. */
	public static final int EXPIRED = 2;

	/** One host's line. {@code rollsBackAt} is null once the host no longer waits. */
	public record Row(String host, String state, Instant rollsBackAt, String details) {
	}

	/** The rollout the dialog shows; read on the UI thread once a second. */
	public interface Rollout {
		List<Row> rows();

		/** Whether some waiting host passed its checks (Confirm is offered for those only). */
		boolean anyConfirmable();

		/** Hosts whose apply has not answered yet. */
		int applying();

		/** True when no host waits and none is applying: nothing left for the engineer to decide. */
		boolean nothingToDecide();
	}

	private final Rollout rollout;
	private final int marginSeconds;
	private TableViewer hosts;
	private Label countdown;
	private Button confirm;
	private final Runnable tick = this::tick;

	/** @param marginSeconds the confirm must reach a host this long before its own deadline */
	public CommitConfirmDialog(Shell parent, Rollout rollout, int marginSeconds) {
		super(parent);
		this.rollout = rollout;
		this.marginSeconds = marginSeconds;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Apply: confirm the new tables");
	}

	@Override
	protected Point getInitialSize() {
		return new Point(900, 500);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		hosts = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(hosts.getTable());
		hosts.getTable().setHeaderVisible(true);
		hosts.getTable().setLinesVisible(true);
		hosts.getTable().setData("org.nftoffload.test.id", "confirm.hosts");
		hosts.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(hosts, Row.class, "Host", 150, Row::host);
		TableColumns.add(hosts, Row.class, "State", 170, Row::state);
		TableColumns.add(hosts, Row.class, "Rolls back", 120, r -> r.rollsBackAt() == null ? ""
				: secondsLeft(r.rollsBackAt()) + " s (" + org.nftoffload.fleet.ops.FleetOperations.clock(r.rollsBackAt()) + ")");
		TableColumns.add(hosts, Row.class, "Details", 440, Row::details);
		countdown = new Label(area, SWT.WRAP);
		countdown.setData("org.nftoffload.test.id", "confirm.countdown");
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 4).applyTo(countdown);
		return area;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		tick();
		return contents;
	}

	/** Seconds until the confirm must have reached a host that restores itself at {@code at}. */
	private long secondsLeft(Instant at) {
		long millis = Duration.between(Instant.now(), at).toMillis() - marginSeconds * 1000L;
		return Math.max(0, (millis + 999) / 1000);
	}

	/** Once a second on the UI thread (Display.timerExec), until the dialog closes. */
	private void tick() {
		if (countdown == null || countdown.isDisposed()) {
			return;
		}
		if (rollout.nothingToDecide()) {
			setReturnCode(EXPIRED);
			close();
			return;
		}
		List<Row> rows = rollout.rows();
		long waiting = rows.stream().filter(r -> r.rollsBackAt() != null).count();
		int applying = rollout.applying();
		setTitle("The new tables are live on " + waiting + " host(s)" + (applying == 0 ? ""
				: "; " + applying + " still applying"));
		setMessage("Reached again over SSH, traffic compared with before the apply. Check your network, then confirm:"
				+ " hosts still applying are confirmed once their checks pass. Unconfirmed hosts roll back on their own.");
		hosts.setInput(rows);
		java.util.Optional<Instant> first = rows.stream().map(Row::rollsBackAt).filter(java.util.Objects::nonNull)
				.min(Instant::compareTo);
		countdown.setText(first.map(at -> (waiting == 1 ? "The host restores its previous table" : "The first host restores"
				+ " its previous table") + " in " + secondsLeft(at) + " s unless you confirm.")
				.orElse("Waiting for the hosts still applying."));
		if (confirm != null && !confirm.isDisposed()) {
			confirm.setEnabled(rollout.anyConfirmable());
		}
		countdown.getParent().layout(true);
		countdown.getDisplay().timerExec(1000, tick);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		confirm = createButton(parent, IDialogConstants.OK_ID, "&Confirm", false);
		createButton(parent, IDialogConstants.CANCEL_ID, "&Roll Back Now", true);
		confirm.setEnabled(rollout.anyConfirmable());
	}

	@Override
	public boolean close() {
		if (countdown != null && !countdown.isDisposed()) {
			countdown.getDisplay().timerExec(-1, tick);
		}
		return super.close();
	}
}
