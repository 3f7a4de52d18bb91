package org.nftoffload.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.nftoffload.ui.internal.ConsolePreferences.Settings;

/**
 * Edit > Preferences...: rollout (parallel hosts, canary, failure limit), apply, statistics and the
 * periodic drift check.
 */
public final class PreferencesDialog extends TitleAreaDialog {

	private static final int DEFAULTS_ID = IDialogConstants.CLIENT_ID + 1;

	private Settings settings;
	private Spinner parallelism;
	private Button canaryFirst;
	private Spinner maxFailures;
	private Spinner confirmSeconds;
	private Spinner statisticsInterval;
	private Spinner driftCheckMinutes;

	public PreferencesDialog(Shell parent, Settings settings) {
		super(parent);
		this.settings = settings;
	}

	/** What the engineer chose (valid after OK). */
	public Settings settings() {
		return settings;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Preferences");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("How the console rolls out and watches");
		setMessage("These apply to Probe, Modules, Apply and Rollback in this workbench; the headless command "
				+ "takes the same settings as options (--parallel, --no-canary, --max-failures).");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		parallelism = spinner(body, "&Hosts worked on at once:", "parallelism", 1, 256);
		canaryFirst = new Button(body, SWT.CHECK);
		canaryFirst.setText("&Canary first: one host alone, the others only when it succeeded");
		canaryFirst.setData("org.nftoffload.test.id", "canaryFirst");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(canaryFirst);
		maxFailures = spinner(body, "&Stop starting hosts after this many failures (0: never):", "maxFailures", 0, 100_000);
		confirmSeconds = spinner(body, "Apply: &confirm within (seconds, default):", "confirmSeconds", 10, 600);
		statisticsInterval = spinner(body, "S&tatistics: seconds between samples:", "statisticsInterval", 1, 60);
		driftCheckMinutes = spinner(body, "Dri&ft: check the probed hosts every (minutes, 0: never):", "driftCheckMinutes", 0,
				1440);
		show(settings);
		return area;
	}

	private static Spinner spinner(Composite parent, String label, String id, int min, int max) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setMinimum(min);
		spinner.setMaximum(max);
		spinner.setData("org.nftoffload.test.id", id);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(spinner);
		return spinner;
	}

	private void show(Settings shown) {
		parallelism.setSelection(shown.parallelism());
		canaryFirst.setSelection(shown.canaryFirst());
		maxFailures.setSelection(shown.maxFailures());
		confirmSeconds.setSelection(shown.confirmSeconds());
		statisticsInterval.setSelection(shown.statisticsIntervalSeconds());
		driftCheckMinutes.setSelection(shown.driftCheckMinutes());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, DEFAULTS_ID, "Restore &Defaults", false);
		super.createButtonsForButtonBar(parent);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == DEFAULTS_ID) {
			show(Settings.DEFAULTS);
			return;
		}
		super.buttonPressed(buttonId);
	}

	@Override
	protected void okPressed() {
		settings = new Settings(parallelism.getSelection(), canaryFirst.getSelection(), maxFailures.getSelection(),
				confirmSeconds.getSelection(), statisticsInterval.getSelection(), driftCheckMinutes.getSelection());
		super.okPressed();
	}
}
