package org.nftoffload.ui.internal.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.report.ReportFormat;
import org.nftoffload.report.ReportScope;

/**
 * File > Export Report...: page one picks the hosts (the selection, a group, a tag or the whole
 * fleet), page two the formats, the output directory, live data and a baseline. Finish hands the
 * answers to {@link #settings()}; the report itself runs as a job afterwards.
 */
public final class ExportReportWizard extends Wizard {

	/** The widget data key UI tests find widgets by. */
	static final String TEST_ID = "org.nftoffload.test.id";

	private final Fleet fleet;
	private final List<String> selectedHosts;
	private final Path defaultDirectory;
	private final boolean unsaved;
	private ScopePage scopePage;
	private OutputPage outputPage;
	private ReportSettings settings;

	public ExportReportWizard(Fleet fleet, List<String> selectedHosts, Path defaultDirectory, boolean unsaved) {
		this.fleet = fleet;
		this.selectedHosts = List.copyOf(selectedHosts);
		this.defaultDirectory = defaultDirectory;
		this.unsaved = unsaved;
		setWindowTitle("Export Report");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		scopePage = new ScopePage();
		outputPage = new OutputPage();
		addPage(scopePage);
		addPage(outputPage);
	}

	@Override
	public boolean canFinish() {
		return scopePage.isPageComplete() && outputPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		settings = new ReportSettings(scopePage.scope(), outputPage.formats(), outputPage.directory(), outputPage.live(),
				outputPage.baseline());
		return true;
	}

	/** The answers, after Finish; null when cancelled. */
	public ReportSettings settings() {
		return settings;
	}

	final class ScopePage extends WizardPage {
		private Button selection;
		private Button group;
		private Button tag;
		private Button whole;
		private Combo groups;
		private Combo tags;

		ScopePage() {
			super("scope", "Which hosts", null);
			setDescription("The report covers these hosts of fleet " + fleet.getName() + ".");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			selection = radio(c, "&Selected hosts: " + (selectedHosts.isEmpty() ? "none selected"
					: String.join(", ", selectedHosts.stream().limit(5).toList()) + (selectedHosts.size() > 5 ? ", ..." : "")
							+ " (" + selectedHosts.size() + ")"), 2);
			selection.setEnabled(!selectedHosts.isEmpty());
			group = radio(c, "&Group:", 1);
			groups = new Combo(c, SWT.READ_ONLY);
			fleet.getGroups().stream().map(HostGroup::getName).forEach(groups::add);
			group.setEnabled(groups.getItemCount() > 0);
			tag = radio(c, "&Tag:", 1);
			tags = new Combo(c, SWT.READ_ONLY);
			Set<String> allTags = new TreeSet<>();
			fleet.getHosts().forEach(h -> allTags.addAll(h.getTags()));
			allTags.forEach(tags::add);
			tag.setEnabled(!allTags.isEmpty());
			whole = radio(c, "The whole fl&eet (" + fleet.getHosts().size() + " hosts)", 2);
			for (Combo combo : List.of(groups, tags)) {
				combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				if (combo.getItemCount() > 0) {
					combo.select(0);
				}
				combo.addListener(SWT.Selection, e -> {
					(combo == groups ? group : tag).setSelection(true);
					for (Button b : List.of(selection, group, tag, whole)) {
						b.setSelection(b == (combo == groups ? group : tag));
					}
					update();
				});
			}
			(selectedHosts.isEmpty() ? whole : selection).setSelection(true);
			setControl(c);
			update();
		}

		private Button radio(Composite c, String text, int span) {
			Button b = new Button(c, SWT.RADIO);
			b.setText(text);
			b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, span, 1));
			b.addListener(SWT.Selection, e -> update());
			return b;
		}

		private void update() {
			setPageComplete(scope() != null);
			setErrorMessage(scope() == null ? "Pick the hosts to report on." : null);
		}

		ReportScope scope() {
			if (selection == null || whole.getSelection()) {
				return ReportScope.fleet();
			}
			if (selection.getSelection()) {
				return selectedHosts.isEmpty() ? null : ReportScope.selection(selectedHosts);
			}
			if (group.getSelection()) {
				return groups.getSelectionIndex() < 0 ? null : ReportScope.group(groups.getText());
			}
			if (tag.getSelection()) {
				return tags.getSelectionIndex() < 0 ? null : ReportScope.tag(tags.getText());
			}
			return null;
		}
	}

	final class OutputPage extends WizardPage {
		private final Map<ReportFormat, Button> formatButtons = new EnumMap<>(ReportFormat.class);
		private Text directory;
		private Button live;
		private Text baseline;

		OutputPage() {
			super("output", "Formats and output", null);
			setDescription("Where the report goes, in which formats, and what it compares.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(3, false));
			Group formats = new Group(c, SWT.NONE);
			formats.setText("Formats");
			formats.setLayout(new GridLayout(5, false));
			formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			Map<ReportFormat, String> labels = Map.of(ReportFormat.HTML, "&HTML", ReportFormat.PDF, "&PDF", ReportFormat.CSV,
					"C&SV", ReportFormat.MD, "&Markdown", ReportFormat.JSON, "&JSON");
			for (ReportFormat f : ReportFormat.values()) {
				Button b = new Button(formats, SWT.CHECK);
				b.setText(labels.get(f));
				b.setToolTipText(f.files());
				b.setData(TEST_ID, "format." + f.id());
				b.setSelection(f == ReportFormat.HTML || f == ReportFormat.PDF);
				b.addListener(SWT.Selection, e -> update());
				formatButtons.put(f, b);
			}
			new Label(c, SWT.NONE).setText("Output &directory:");
			directory = new Text(c, SWT.BORDER);
			directory.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			directory.setText(defaultDirectory.toString());
			directory.setData(TEST_ID, "directory");
			directory.addListener(SWT.Modify, e -> update());
			Button browse = new Button(c, SWT.PUSH);
			browse.setText("B&rowse...");
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(directory.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					directory.setText(chosen);
				}
			});
			live = new Button(c, SWT.CHECK);
			live.setText("Take l&ive data: probe, live ruleset, diff and statistics (connects to every host)");
			live.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			new Label(c, SWT.NONE).setText("Base&line (optional):");
			baseline = new Text(c, SWT.BORDER);
			baseline.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			baseline.setMessage("an earlier .nftfleet or report.json");
			baseline.setData(TEST_ID, "baseline");
			baseline.addListener(SWT.Modify, e -> update());
			Button pick = new Button(c, SWT.PUSH);
			pick.setText("Ch&oose...");
			pick.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.nftfleet;*.json", "*" });
				String chosen = dialog.open();
				if (chosen != null) {
					baseline.setText(chosen);
				}
			});
			if (unsaved) {
				Label note = new Label(c, SWT.WRAP);
				note.setText("The fleet has unsaved changes: the report shows them, without the fleet file's checksum."
						+ " Save first to have the file named in the report.");
				note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			}
			setControl(c);
			update();
		}

		private void update() {
			List<String> problems = new ArrayList<>();
			if (formats().isEmpty()) {
				problems.add("Pick at least one format.");
			}
			String dir = directory.getText().strip();
			if (dir.isEmpty()) {
				problems.add("Name the output directory.");
			} else if (Files.exists(Path.of(dir)) && !Files.isDirectory(Path.of(dir))) {
				problems.add(dir + " is a file, not a directory.");
			}
			String base = baseline.getText().strip();
			if (!base.isEmpty() && !Files.isRegularFile(Path.of(base))) {
				problems.add("No baseline file " + base + ".");
			}
			setErrorMessage(problems.isEmpty() ? null : String.join(" ", problems));
			setPageComplete(problems.isEmpty());
		}

		Set<ReportFormat> formats() {
			Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
			formatButtons.forEach((f, b) -> {
				if (b.getSelection()) {
					chosen.add(f);
				}
			});
			return chosen;
		}

		Path directory() {
			return Path.of(directory.getText().strip());
		}

		boolean live() {
			return live.getSelection();
		}

		Path baseline() {
			String base = baseline.getText().strip();
			return base.isEmpty() ? null : Path.of(base);
		}
	}

	/** The host names of {@code hosts}, for the selection scope. */
	public static List<String> names(List<Host> hosts) {
		return hosts.stream().map(Host::getName).toList();
	}
}
