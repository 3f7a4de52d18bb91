package org.nftoffload.ui.internal.dialogs;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.OffloadEffect;

/**
 * What Measure Offload Effect found: per host, each quantity with the offload rules bypassed and
 * active side by side, and how much less the slow path carried; a host not measured says why.
 */
public final class OffloadEffectDialog extends Dialog {

	private final List<HostResult> results;

	public OffloadEffectDialog(Shell parent, List<HostResult> results) {
		super(parent);
		this.results = results;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Offload Effect");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setData("org.nftoffload.test.id", "offloadEffect");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "Host", "120" }, { "", "250" }, { "Offload bypassed", "150" },
				{ "Offload active", "150" } }) {
			TableColumn c = new TableColumn(table, column[0].startsWith("Offload") ? SWT.RIGHT : SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		for (HostResult result : results) {
			OffloadEffect.Result effect = OffloadEffect.result(result);
			if (effect == null) {
				row(table, result.host(), result.status().name().toLowerCase(Locale.ROOT) + ": " + result.reason(), "", "");
				continue;
			}
			OffloadEffect.Phase off = effect.bypassed();
			OffloadEffect.Phase on = effect.active();
			row(table, result.host(), "Slow path, packets/s", number(off.slowPathPacketsPerSecond(), 1, "%.0f"),
					number(on.slowPathPacketsPerSecond(), 1, "%.0f"));
			row(table, "", "Softirq share of CPU", number(off.softirqShare(), 100, "%.1f %%"), number(on.softirqShare(), 100, "%.1f %%"));
			row(table, "", "CPU busy", number(off.cpuBusy(), 100, "%.1f %%"), number(on.cpuBusy(), 100, "%.1f %%"));
			row(table, "", "Packets/s in (flowtable devices)", number(off.packetsPerSecond(), 1, "%.0f"),
					number(on.packetsPerSecond(), 1, "%.0f"));
			row(table, "", "Throughput in, Mbit/s", number(off.bitsPerSecond(), 1e-6, "%.1f"), number(on.bitsPerSecond(), 1e-6, "%.1f"));
			row(table, "", "Offloaded flows (mean)", number(off.offloadedFlows(), 1, "%.1f"), number(on.offloadedFlows(), 1, "%.1f"));
			Double reduction = effect.slowPathReduction();
			row(table, "", "Slow path with offload", "", reduction == null ? "no slow-path traffic"
					: String.format(Locale.ROOT, "%.1f %% less", 100 * reduction));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(680, Math.min(600, 40 + 24 * table.getItemCount()))
				.applyTo(table);
		return area;
	}

	private static void row(Table table, String host, String what, String bypassed, String active) {
		new TableItem(table, SWT.NONE).setText(new String[] { host, what, bypassed, active });
	}

	private static String number(Double value, double scale, String format) {
		return value == null ? "n/a" : String.format(Locale.ROOT, format, value * scale);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
