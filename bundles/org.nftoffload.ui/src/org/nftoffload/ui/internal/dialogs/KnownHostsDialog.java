package org.nftoffload.ui.internal.dialogs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.remote.internal.HostKeyVerifier;
import org.nftoffload.remote.internal.KnownHosts;

/**
 * Fleet > Trusted Host Keys...: the host keys the console trusts, with their SHA256 fingerprints
 * (as {@code ssh-keygen -l} prints them) and the file each is in. Keys the console recorded (its
 * own known_hosts) can be removed, for a host that was reinstalled; the user's
 * {@code ~/.ssh/known_hosts} is read, never written, so its entries are shown but not removed here.
 */
public final class KnownHostsDialog extends TitleAreaDialog {

	private final Path consoleKnownHosts;
	private final Path userKnownHosts;
	private TableViewer table;
	private Button remove;

	public KnownHostsDialog(Shell parent, Path consoleKnownHosts, Path userKnownHosts) {
		super(parent);
		this.consoleKnownHosts = consoleKnownHosts;
		this.userKnownHosts = userKnownHosts;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Trusted Host Keys");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Host keys the console trusts");
		setMessage("Compare a fingerprint with 'ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub' on the host. "
				+ "Remove a key the console recorded when its host was reinstalled.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.getTable().setData("org.nftoffload.test.id", "known-hosts");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column("Host", 170, entry -> entry.hosts().startsWith("|1|") ? "(hashed name)" : entry.hosts());
		column("Key type", 140, entry -> Objects.requireNonNullElse(HostKeyVerifier.keyType(entry.key()), entry.type())
				+ (entry.marker() == null ? "" : " " + entry.marker()));
		column("Fingerprint", 480, KnownHosts.Entry::fingerprint);
		column("File", 280, entry -> entry.file() + ":" + entry.line());
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(1080, 260).applyTo(table.getControl());
		remove = new Button(body, SWT.PUSH);
		remove.setText("&Remove");
		remove.setData("org.nftoffload.test.id", "remove-key");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		remove.addListener(SWT.Selection, event -> removeSelected());
		table.addSelectionChangedListener(event -> updateRemove());
		refresh();
		return area;
	}

	private void column(String title, int width, java.util.function.Function<KnownHosts.Entry, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((KnownHosts.Entry) element);
			}
		});
	}

	private List<KnownHosts.Entry> selected() {
		return ((IStructuredSelection) table.getSelection()).toList().stream().map(KnownHosts.Entry.class::cast).toList();
	}

	private void updateRemove() {
		List<KnownHosts.Entry> entries = selected();
		remove.setEnabled(!entries.isEmpty() && entries.stream().allMatch(entry -> entry.file().equals(consoleKnownHosts)));
	}

	private void refresh() {
		List<KnownHosts.Entry> all = new ArrayList<>(KnownHosts.read(consoleKnownHosts).entries());
		all.addAll(KnownHosts.read(userKnownHosts).entries());
		table.setInput(all);
		updateRemove();
	}

	private void removeSelected() {
		List<KnownHosts.Entry> entries = selected();
		// From the last line up: removing a line shifts the numbers of those after it.
		List<KnownHosts.Entry> ordered = entries.stream()
				.sorted((a, b) -> Integer.compare(b.line(), a.line())).toList();
		String names = String.join(", ", entries.stream().map(KnownHosts.Entry::hosts).distinct().toList());
		if (!MessageDialog.openQuestion(getShell(), "Remove Host Keys", "Remove the trusted key(s) of " + names
				+ "? The next connection will show the host's key and ask again.")) {
			return;
		}
		try {
			for (KnownHosts.Entry entry : ordered) {
				KnownHosts.remove(entry);
			}
			setErrorMessage(null);
		} catch (IOException e) {
			setErrorMessage("Not removed: " + e.getMessage());
		}
		refresh();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
