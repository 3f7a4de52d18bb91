package org.nftoffload.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.model.Fleet;
import org.nftoffload.report.Report;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.report.ExportReportWizard;
import org.nftoffload.ui.internal.report.ReportJob;
import org.nftoffload.ui.internal.report.ReportOpener;
import org.nftoffload.ui.internal.report.ReportSettings;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/**
 * File > Export Report...: the wizard, then a job that writes the report; when it is done the
 * console says what was written and offers to open it.
 */
public final class ExportReportHandler {

	@CanExecute
	boolean canExecute(FleetDocument document) {
		return !document.fleet().getHosts().isEmpty();
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions, ConsolePreferences preferences, UISynchronize sync, @Optional ReportOpener opener) {
		List<String> selected = ExportReportWizard.names(Selections.hosts(selection));
		Path defaultDirectory = document.file()
				.map(f -> f.toAbsolutePath().resolveSibling(f.getFileName().toString().replaceFirst("\\.nftfleet$", "") + "-report"))
				.orElse(Path.of(System.getProperty("user.home"), "nft-offload-reports"));
		ExportReportWizard wizard = new ExportReportWizard(document.fleet(), selected, defaultDirectory, document.isDirty());
		if (new WizardDialog(shell, wizard).open() != Window.OK || wizard.settings() == null) {
			return;
		}
		ReportSettings settings = wizard.settings();
		Fleet snapshot = EcoreUtil.copy(document.fleet());
		Path file = document.isDirty() ? null : document.file().orElse(null);
		HostAgents agents = null;
		if (settings.live()) {
			agents = actions.openAgents(shell, "Export Report");
			if (agents == null) {
				return;
			}
		}
		String version = FrameworkUtil.getBundle(ExportReportHandler.class).getVersion().toString();
		ReportOpener open = opener == null ? ReportOpener.DESKTOP : opener;
		new ReportJob(snapshot, file, settings, agents, preferences.settings().rollout(), version,
				outcome -> sync.asyncExec(() -> finished(shell, outcome, open))).schedule();
	}

	private static void finished(Shell shell, ReportJob.Outcome outcome, ReportOpener opener) {
		if (shell.isDisposed() || outcome.cancelled()) {
			return;
		}
		if (outcome.error() != null) {
			MessageDialog.openError(shell, "Export Report", "No report was written: " + outcome.error());
			return;
		}
		Report report = outcome.report();
		StringBuilder text = new StringBuilder("Written:\n");
		outcome.files().forEach(f -> text.append("  ").append(f).append('\n'));
		text.append('\n').append(report.hosts().size()).append(" host(s); findings: ")
				.append(String.join(", ", report.summary().findingsBySeverity().entrySet().stream()
						.map(e -> e.getKey() + " " + e.getValue()).toList()));
		MessageDialog dialog = new MessageDialog(shell, "Report written", null, text.toString(),
				report.hasErrors() ? MessageDialog.WARNING : MessageDialog.INFORMATION, 0, "&Open Report", "&Close");
		if (dialog.open() == 0) {
			Path primary = outcome.files().get(0);
			if (!opener.open(primary)) {
				MessageDialog.openInformation(shell, "Export Report", "No program opens " + primary + " here; open it yourself.");
			}
		}
	}
}
