package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.ui.internal.FleetDocument;

/**
 * Fleet > Import Hosts... as an engineer uses it: the path typed into the dialog, a bad line shown
 * with its line number and Import disabled, the fixed file previewed and imported, then an Ansible
 * inventory over it (updates and subgroups), and one Undo per import. Keys are real X events.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportHostsWorkbenchTest {

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	static FleetDocument document;

	@BeforeAll
	static void attach() {
		workbench = Workbench.attach();
		ui = workbench.ui;
		document = workbench.document;
		ui.ui(() -> document.newFleet("Import test"));
	}

	private static List<String> hostNames() {
		return ui.ui(() -> document.fleet().getHosts().stream().map(Host::getName).toList());
	}

	private static Shell openDialog() {
		ui.activate(workbench.window);
		ui.menu("alt+l", "i"); // Fleet > Import Hosts...
		Shell dialog = ui.waitForShell("Import Hosts");
		ui.activate(dialog);
		return dialog;
	}

	/** Types the path into the dialog's file field, replacing what is there. */
	private static void typePath(Shell dialog, Path file) {
		Text field = ui.find(dialog, Text.class, "file");
		ui.focus(field);
		ui.press("ctrl+a");
		ui.type(file.toString());
	}

	private static List<String> rows(Table table) {
		return ui.ui(() -> java.util.Arrays.stream(table.getItems())
				.map(item -> item.getText(0) + " | " + item.getText(1) + (table.getColumnCount() > 2 ? " | " + item.getText(2) + " | " + item.getText(3) : ""))
				.toList());
	}

	@Test
	@Order(1)
	void csvWithABadLineIsRefusedThenTheFixedFileImported() throws Exception {
		Path csv = dir.resolve("hosts.csv");
		Files.writeString(csv, """
				name,address,port,user,tags,group
				edge-01,192.0.2.11,22,root,lab,edge
				edge-02,192.0.2.12,twenty-two,root,lab,edge
				core-1,192.0.2.21,22,root,,core
				""");
		Shell dialog = openDialog();
		typePath(dialog, csv);
		Table problems = ui.find(dialog, Table.class, "problems");
		ui.waitUntil("the bad line listed", () -> problems.getItemCount() == 1);
		assertEquals(List.of("3 | port 'twenty-two' is not a TCP port: give a number from 1 to 65535"), rows(problems));
		Button importButton = ui.button(dialog, "Import");
		assertFalse(ui.ui(() -> importButton.isEnabled()), "nothing can be imported from a file with a bad line");
		assertEquals(0, ui.ui(() -> ui.find(dialog, Combo.class, "format").getSelectionIndex()), "CSV guessed from the name");
		ui.screenshot("import-hosts-csv-bad-line");

		Files.writeString(csv, Files.readString(csv).replace("twenty-two", "2222"));
		typePath(dialog, csv);
		Table preview = ui.find(dialog, Table.class, "preview");
		ui.waitUntil("the preview of five rows", () -> preview.getItemCount() == 5 && problems.getItemCount() == 0);
		assertTrue(rows(preview).contains("add | host | edge-02 | root@192.0.2.12:2222, tag lab, group edge"), rows(preview).toString());
		ui.waitUntil("Import enabled", () -> importButton.isEnabled());
		ui.screenshot("import-hosts-csv-preview");
		ui.click(importButton);
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());

		assertEquals(List.of("edge-01", "edge-02", "core-1"), hostNames());
		assertEquals(2, ui.ui(() -> HostGroups.named(document.fleet(), "edge").getHosts().size()));
		ui.screenshot("import-hosts-csv-imported");
	}

	@Test
	@Order(2)
	void ansibleInventoryWithABadLineThenFixedUpdatesHostsAndOneUndoTakesItBack() throws Exception {
		Path inventory = dir.resolve("inventory.ini");
		String good = """
				[edge]
				edge-[01:03] ansible_port=2201   # the Frankfurt rack
				[core]
				core-1 ansible_host=192.0.2.31
				[prod:children]
				edge
				core
				[prod:vars]
				ansible_user=ops
				""";
		Files.writeString(inventory, good.replace("[core]\n", "[core]\ncore-2 ansible_user\n"));
		Shell dialog = openDialog();
		typePath(dialog, inventory);
		Table problems = ui.find(dialog, Table.class, "problems");
		ui.waitUntil("the bad line listed", () -> problems.getItemCount() == 1);
		assertEquals(List.of("4 | expected key=value after the host, got 'ansible_user': write e.g. ansible_host=192.0.2.1"), rows(problems));
		assertEquals(1, ui.ui(() -> ui.find(dialog, Combo.class, "format").getSelectionIndex()), "Ansible guessed from the name");
		ui.screenshot("import-hosts-ansible-bad-line");

		Files.writeString(inventory, good);
		typePath(dialog, inventory);
		Table preview = ui.find(dialog, Table.class, "preview");
		ui.waitUntil("the preview", () -> problems.getItemCount() == 0 && preview.getItemCount() == 7);
		List<String> rows = rows(preview);
		assertTrue(rows.contains("update | host | edge-01 | port 22 -> 2201, user root -> ops"), rows.toString());
		assertTrue(rows.contains("add | host | edge-03 | ops@edge-03:2201, group edge"), rows.toString());
		assertTrue(rows.contains("add | group | prod | subgroup edge, subgroup core"), rows.toString());
		ui.screenshot("import-hosts-ansible-preview");
		ui.press("Return"); // Import is the default button
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());

		assertEquals(List.of("edge-01", "edge-02", "core-1", "edge-03"), hostNames());
		HostGroup prod = ui.ui(() -> HostGroups.named(document.fleet(), "prod"));
		assertEquals(4, ui.ui(() -> HostGroups.members(document.fleet(), prod).size()));
		assertEquals("192.0.2.31", ui.ui(() -> document.fleet().getHosts().get(2).getAddress()));
		ui.screenshot("import-hosts-ansible-imported");

		ui.activate(workbench.window);
		ui.menu("alt+e", "u"); // Edit > Undo: the whole Ansible import at once
		ui.waitUntil("undo to take back the inventory", () -> document.fleet().getHosts().size() == 3
				&& HostGroups.named(document.fleet(), "prod") == null);
		assertEquals(22, ui.ui(() -> document.fleet().getHosts().get(0).getPort()));
		assertEquals("192.0.2.21", ui.ui(() -> document.fleet().getHosts().get(2).getAddress()));
		ui.menu("alt+e", "u"); // and the CSV import
		ui.waitUntil("undo to take back the CSV", () -> document.fleet().getHosts().isEmpty() && document.fleet().getGroups().isEmpty());
	}
}
