package org.nftoffload.fleet.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.fleet.imports.Inventory.InventoryHost;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;

/** CSV and Ansible inventories (INI, YAML) read, previewed against a fleet, and imported as one undoable command. */
class InventoryImportTest {

	@TempDir
	Path dir;

	private Inventory read(String name, String text, InventoryFormat format) throws Exception {
		return format.read(Files.writeString(dir.resolve(name), text));
	}

	private static InventoryHost host(Inventory inventory, String name) {
		return inventory.hosts().stream().filter(h -> h.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no host " + name + " in " + inventory.hosts()));
	}

	private static List<String> problems(Inventory inventory) {
		return inventory.problems().stream().map(p -> p.at().line() + ": " + p.message()).toList();
	}

	@Test
	void csvColumnsInAnyOrderWithTagsAndGroups() throws Exception {
		Inventory inventory = read("hosts.csv", """
				# exported from the asset sheet
				Name,address,PORT,user,tags,group
				edge-01,192.0.2.11,2222,admin,edge;lab,edge
				edge-02,192.0.2.12,,,"edge lab",edge;core
				core-1,,,,,
				""", InventoryFormat.CSV);
		assertEquals(List.of(), problems(inventory));
		assertEquals(new InventoryHost("edge-01", "192.0.2.11", 2222, "admin", List.of("edge", "lab"), List.of("edge"),
				new Inventory.Location(inventory.file(), 3)), host(inventory, "edge-01"));
		assertEquals(List.of("edge", "core"), host(inventory, "edge-02").groups());
		assertEquals(null, host(inventory, "core-1").address());
		assertEquals(List.of("edge", "core"), inventory.groups().stream().map(Inventory.InventoryGroup::name).toList());
	}

	@Test
	void csvReportsEveryBadLineWithWhatToDoAndKeepsNoHost() throws Exception {
		Inventory inventory = read("hosts.csv", """
				name,address,port,user,tags,group
				edge-01,192.0.2.11,22,root,,
				edge-02,192.0.2.12,70000,root,,
				,192.0.2.13,,,,
				edge 04,192.0.2.14,,,,
				edge-05,192.0.2.15,,r$(reboot),,
				edge-01,192.0.2.16,,,,
				""", InventoryFormat.CSV);
		assertEquals(List.of(
				"3: port '70000' is not a TCP port: give a number from 1 to 65535",
				"4: no host name: fill in the name column, or delete the line",
				"5: host 'edge 04' is not a valid name: use letters, digits, '.', '_' and '-' (starting with a letter or digit)",
				"6: user 'r$(reboot)' is not a valid login name: use letters, digits, '.', '_' and '-' (up to 32)",
				"7: host edge-01 is already on line 2: keep one of the two lines"), problems(inventory));
		assertEquals(List.of(), inventory.hosts(), "an inventory with problems imports nothing");
		assertTrue(inventory.problems().get(0).toString().startsWith(inventory.file() + ":3: "), inventory.problems().get(0).toString());
	}

	@Test
	void csvWithAnUnknownColumnNamesTheHeaderLine() throws Exception {
		Inventory inventory = read("hosts.csv", "name,adress\nr1,192.0.2.1\n", InventoryFormat.CSV);
		assertEquals(List.of("1: unknown column 'adress': the columns are name, address, port, user, tags, group (name is required)"),
				problems(inventory));
	}

	static final String INI = """
			# lab inventory
			bastion ansible_host=198.51.100.1

			[edge]
			edge-[01:03] ansible_user=ops   # the rack in Frankfurt
			edge-04:2201 ansible_host="192.0.2.14"

			[edge:vars]
			ansible_user=deploy   # the group's login, below the hosts' own
			ansible_port=2222

			[core]
			core-[a:b].dc1 ansible_host=192.0.2.100

			[prod:children]
			edge
			core   # both

			[prod:vars]
			ansible_user=prodadmin
			ansible_port=22

			[all:vars]
			ansible_user=nobody
			""";

	@Test
	void ansibleIniGroupsRangesChildrenAndVarsPrecedence() throws Exception {
		Inventory inventory = read("inventory.ini", INI, InventoryFormat.ANSIBLE);
		assertEquals(List.of(), problems(inventory));
		assertEquals(List.of("bastion", "edge-01", "edge-02", "edge-03", "edge-04", "core-a.dc1", "core-b.dc1"),
				inventory.hosts().stream().map(InventoryHost::name).toList());
		InventoryHost bastion = host(inventory, "bastion");
		assertEquals("198.51.100.1", bastion.address());
		assertEquals("nobody", bastion.user(), "all:vars reaches ungrouped hosts");
		assertEquals(List.of(), bastion.groups(), "ungrouped is Ansible's, not a fleet group");
		InventoryHost edge1 = host(inventory, "edge-01");
		assertEquals("ops", edge1.user(), "the host's own var wins over every group's");
		assertEquals(2222, edge1.port(), "edge:vars (the child) wins over prod:vars (the parent)");
		assertEquals(5, edge1.at().line());
		InventoryHost edge4 = host(inventory, "edge-04");
		assertEquals(2201, edge4.port(), "name:port is the host's own port");
		assertEquals("192.0.2.14", edge4.address());
		assertEquals("deploy", edge4.user());
		InventoryHost coreB = host(inventory, "core-b.dc1");
		assertEquals("prodadmin", coreB.user(), "core has no vars, so its parent prod's apply");
		assertEquals(22, coreB.port());
		assertEquals(List.of("core"), coreB.groups());
		Inventory.InventoryGroup prod = inventory.groups().stream().filter(g -> g.name().equals("prod")).findFirst().orElseThrow();
		assertEquals(List.of("edge", "core"), prod.subgroups());
	}

	@Test
	void ansibleIniBadLinesEachNamedWithTheirLine() throws Exception {
		Inventory inventory = read("inventory", """
				[edge]
				edge-[03:1]
				edge-x ansible_port=ssh
				edge-y user

				[edge:facts]
				a

				[lost:vars]
				ansible_user=x

				[prod:children]
				edge
				ghost
				[bad section]
				""", InventoryFormat.ANSIBLE);
		assertEquals(List.of(
				"2: host range: the range [03:1] pads with zeros, so begin and end need the same width",
				"4: expected key=value after the host, got 'user': write e.g. ansible_host=192.0.2.1",
				"6: section [edge:facts] has an unknown type 'facts': use [edge], [edge:children] or [edge:vars]",
				"15: invalid section '[bad section]': write [group], [group:children] or [group:vars], without spaces inside the brackets",
				"9: section [lost:vars] is for a group that is never declared: add [lost] with its hosts, or list it under some [parent:children]",
				"14: [prod:children] names group 'ghost', which is never declared: add a [ghost] section with its hosts",
				"3: host edge-x: ansible_port: port 'ssh' is not a TCP port: give a number from 1 to 65535"), problems(inventory));
	}

	@Test
	void rangesExpandLikeAnsibles() throws Exception {
		assertEquals(List.of("r1", "r3", "r5"), HostRanges.expand("r[1:5:2]"));
		assertEquals(List.of("rack-a-01", "rack-a-02", "rack-b-01", "rack-b-02"), HostRanges.expand("rack-[a:b]-[01:02]"));
		assertEquals(List.of("n0", "n1"), HostRanges.expand("n[:1]"));
	}

	@Test
	void ansibleYamlWithNestedChildrenAndLineNumbers() throws Exception {
		Inventory inventory = read("inventory.yml", """
				all:
				  vars:
				    ansible_user: nobody
				  hosts:
				    bastion:
				      ansible_host: 198.51.100.1
				  children:
				    prod:
				      vars:
				        ansible_port: 22
				      children:
				        edge:
				          vars:
				            ansible_port: 2222
				          hosts:
				            edge-[01:02]:
				              ansible_user: ops
				            edge-03:
				""", InventoryFormat.ANSIBLE);
		assertEquals(List.of(), problems(inventory));
		assertEquals(new InventoryHost("edge-01", null, 2222, "ops", List.of(), List.of("edge"),
				new Inventory.Location(inventory.file(), 16)), host(inventory, "edge-01"));
		assertEquals("nobody", host(inventory, "edge-03").user());
		assertEquals(List.of("edge"), inventory.groups().stream().filter(g -> g.name().equals("prod")).findFirst().orElseThrow().subgroups());
	}

	@Test
	void ansibleYamlProblemsNameTheirLine() throws Exception {
		Inventory inventory = read("inventory.yaml", """
				all:
				  children:
				    edge:
				      host:
				        edge-01:
				    core:
				      hosts:
				        core-1:
				          ansible_port: [22]
				""", InventoryFormat.ANSIBLE);
		assertEquals(List.of(
				"4: group edge has 'host:', which Ansible does not know: use hosts:, vars: or children: (is the indentation right?)",
				"9: host core-1: ansible_port must be a single value, not a list"), problems(inventory));
		Inventory broken = read("broken.yml", "all:\n  hosts:\n    a: {\n", InventoryFormat.ANSIBLE);
		assertEquals(1, broken.problems().size());
		assertTrue(broken.problems().get(0).message().startsWith("not valid YAML: "), broken.problems().toString());
	}

	@Test
	void previewSaysWhatIsAddedAndWhatUpdatedPerHost() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		Host existing = ModelFactory.eINSTANCE.createHost();
		existing.setName("edge-01");
		existing.setAddress("192.0.2.99");
		existing.getTags().add("lab");
		fleet.getHosts().add(existing);
		Host same = ModelFactory.eINSTANCE.createHost();
		same.setName("core-1");
		same.setAddress("core-1");
		fleet.getHosts().add(same);
		Inventory inventory = read("hosts.csv", """
				name,address,port,user,tags,group
				edge-01,192.0.2.11,,,lab;edge,edge
				edge-02,192.0.2.12,2222,admin,,edge
				core-1,,,,,
				""", InventoryFormat.CSV);
		HostImport plan = HostImport.plan(fleet, inventory);
		assertEquals(List.of(
				new HostImport.HostChange("edge-01", HostImport.Action.UPDATE, List.of("address 192.0.2.99 -> 192.0.2.11", "tag +edge", "group +edge"),
						host(inventory, "edge-01").at()),
				new HostImport.HostChange("edge-02", HostImport.Action.ADD, List.of("admin@192.0.2.12:2222", "group edge"),
						host(inventory, "edge-02").at()),
				new HostImport.HostChange("core-1", HostImport.Action.UNCHANGED, List.of(), host(inventory, "core-1").at())), plan.hosts());
		assertEquals("1 host to add, 1 to update, 1 unchanged; 1 group to add, 0 to update", plan.summary());
		assertEquals(2, fleet.getHosts().size(), "a preview changes nothing");
	}

	@Test
	void importIsOneCommandThatOneUndoTakesBack() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		Host existing = ModelFactory.eINSTANCE.createHost();
		existing.setName("edge-01");
		existing.setAddress("192.0.2.99");
		fleet.getHosts().add(existing);
		HostGroup edge = ModelFactory.eINSTANCE.createHostGroup();
		edge.setName("edge");
		fleet.getGroups().add(edge);
		Inventory inventory = read("inventory.ini", INI, InventoryFormat.ANSIBLE);
		assertEquals(List.of(), problems(inventory));
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Command command = HostImport.plan(fleet, inventory).command(domain);
		assertTrue(command.canExecute());
		domain.getCommandStack().execute(command);

		assertEquals(List.of("edge-01", "bastion", "edge-02", "edge-03", "edge-04", "core-a.dc1", "core-b.dc1"),
				fleet.getHosts().stream().map(Host::getName).toList());
		assertEquals("ops", existing.getUser());
		assertEquals(2222, existing.getPort());
		assertEquals(List.of("edge", "core", "prod"), fleet.getGroups().stream().map(HostGroup::getName).toList());
		HostGroup prod = HostGroups.named(fleet, "prod");
		assertEquals(List.of("edge", "core"), prod.getSubgroups().stream().map(HostGroup::getName).toList());
		assertEquals(6, HostGroups.members(fleet, prod).size(), "prod has edge's four hosts and core's two, through its subgroups");
		assertEquals(List.of(edge, prod), HostGroups.groupsOf(fleet, existing), "edge-01 is in edge, and through it in prod");

		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		assertEquals(List.of("edge-01"), fleet.getHosts().stream().map(Host::getName).toList());
		assertEquals("root", existing.getUser());
		assertEquals(22, existing.getPort());
		assertEquals(List.of("edge"), fleet.getGroups().stream().map(HostGroup::getName).toList());
		assertEquals(List.of(), edge.getHosts());
		assertFalse(domain.getCommandStack().canUndo(), "the whole import was one command");
	}

	@Test
	void anInventoryWithProblemsGivesNoCommand() throws Exception {
		Inventory inventory = read("hosts.csv", "name,port\nr1,x\n", InventoryFormat.CSV);
		assertFalse(HostImport.plan(ModelFactory.eINSTANCE.createFleet(), inventory).command(null).canExecute());
		assertFalse(HostImport.plan(ModelFactory.eINSTANCE.createFleet(), inventory).changesAnything());
	}
}
