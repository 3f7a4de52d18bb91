package org.nftoffload.ui.internal.dialogs;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.fleet.imports.HostImport;
import org.nftoffload.fleet.imports.Inventory;
import org.nftoffload.fleet.imports.InventoryFormat;
import org.nftoffload.model.Fleet;
import org.nftoffload.ui.internal.FileChooser;

/**
 * Fleet > Import Hosts...: a CSV file or an Ansible inventory, its format (guessed from the name),
 * the preview of what each host and group gets, and every line that cannot be read. The file is
 * read in a job as the path is typed or chosen; Import is enabled only for a file without problems
 * that changes something, and the handler then runs the import as one undoable command.
 */
public final class ImportHostsDialog extends TitleAreaDialog {

	private static final InventoryFormat[] FORMATS = { InventoryFormat.CSV, InventoryFormat.ANSIBLE };
	private static final int READ_DELAY_MS = 300;

	private final Fleet fleet;
	private final FileChooser chooser;
	private Text file;
	private Combo format;
	private Table preview;
	private Table problems;
	private HostImport plan;
	private int reads;

	public ImportHostsDialog(Shell parent, Fleet fleet, FileChooser chooser) {
		super(parent);
		this.fleet = fleet;
		this.chooser = chooser;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The import the engineer confirmed, planned against the fleet as it was when Import was pressed. */
	public HostImport plan() {
		return plan;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Import Hosts");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Import hosts into the fleet");
		setMessage("A CSV file (name, address, port, user, tags, group) or an Ansible inventory (INI or YAML). "
				+ "Hosts are matched by name; nothing is removed.");
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(form);

		new Label(form, SWT.NONE).setText("&File:");
		file = new Text(form, SWT.BORDER);
		file.setData("org.nftoffload.test.id", "file");
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			Path chosen = chooser.chooseToImport(getShell());
			if (chosen != null) {
				file.setText(chosen.toString());
			}
		});

		new Label(form, SWT.NONE).setText("F&ormat:");
		format = new Combo(form, SWT.READ_ONLY);
		format.setData("org.nftoffload.test.id", "format");
		format.setItems("CSV (name, address, port, user, tags, group)", "Ansible inventory (INI or YAML)");
		format.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);

		Label previewLabel = new Label(form, SWT.NONE);
		previewLabel.setText("&Preview:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(previewLabel);
		preview = table(form, "preview", 220, new String[] { "Action", "Kind", "Name", "Changes" }, new int[] { 90, 60, 160, 420 });

		Label problemsLabel = new Label(form, SWT.NONE);
		problemsLabel.setText("Li&nes to fix:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(problemsLabel);
		problems = table(form, "problems", 110, new String[] { "Line", "Problem" }, new int[] { 70, 660 });

		file.addModifyListener(e -> {
			if (!file.getText().isBlank()) {
				format.select(InventoryFormat.guess(Path.of(file.getText().strip())) == InventoryFormat.CSV ? 0 : 1);
			}
			readLater();
		});
		format.addListener(SWT.Selection, e -> readLater());
		return area;
	}

	private static Table table(Composite parent, String id, int height, String[] columns, int[] widths) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData("org.nftoffload.test.id", id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(columns[i]);
			column.setWidth(widths[i]);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, height).applyTo(table);
		return table;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Import", true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** Reads once typing pauses; a read whose path or format is no longer the one shown is dropped. */
	private void readLater() {
		int read = ++reads;
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		getShell().getDisplay().timerExec(READ_DELAY_MS, () -> {
			if (read != reads || file.isDisposed() || file.getText().isBlank()) {
				return;
			}
			Path path = Path.of(file.getText().strip());
			InventoryFormat kind = FORMATS[format.getSelectionIndex()];
			Job job = Job.create("Reading " + path.getFileName(), monitor -> {
				Inventory inventory = kind.read(path);
				getShell().getDisplay().asyncExec(() -> {
					if (read == reads && !file.isDisposed()) {
						show(HostImport.plan(fleet, inventory));
					}
				});
				return Status.OK_STATUS;
			});
			job.setSystem(true);
			job.schedule();
		});
	}

	private void show(HostImport shown) {
		plan = shown;
		preview.removeAll();
		problems.removeAll();
		for (HostImport.GroupChange group : shown.groups()) {
			row(preview, group.action().label(), "group", group.group(), String.join(", ", group.changes()));
		}
		for (HostImport.HostChange host : shown.hosts()) {
			row(preview, host.action().label(), "host", host.host(), String.join(", ", host.changes()));
		}
		for (Inventory.Problem problem : shown.inventory().problems()) {
			row(problems, String.valueOf(problem.at().line()), problem.message());
		}
		if (shown.inventory().hasProblems()) {
			setMessage(shown.summary() + ": fix the lines below and the preview follows.", IMessageProvider.ERROR);
		} else if (!shown.changesAnything()) {
			setMessage(shown.summary() + ": the fleet already has all of it.", IMessageProvider.INFORMATION);
		} else {
			setMessage(shown.summary() + ". Import adds it as one step that Edit > Undo takes back.", IMessageProvider.NONE);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(shown.changesAnything());
	}

	private static void row(Table table, String... cells) {
		new TableItem(table, SWT.NONE).setText(cells);
	}

	@Override
	protected void okPressed() {
		if (plan == null || !plan.changesAnything()) {
			return;
		}
		plan = HostImport.plan(fleet, plan.inventory());
		super.okPressed();
	}
}
