package org.nftoffload.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.AuthMethod;
import org.nftoffload.model.EswitchMode;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.ModuleStatus;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.model.SysctlSettings;
import org.nftoffload.model.provider.ModelItemProviderAdapterFactory;

class FleetModelTest {

	private final ModelFactory f = ModelFactory.eINSTANCE;

	@Test
	void defaultsAreWhatAnEngineerExpects() {
		Host host = f.createHost();
		assertEquals(22, host.getPort());
		assertEquals("root", host.getUser());
		assertEquals("nftoffload", host.getTableName());
		assertNull(host.getProbeTime());
		assertNull(host.getHardwareOffloadSupported(), "unknown until probed, not false");
		Flowtable flowtable = f.createFlowtable();
		assertEquals("ingress", flowtable.getHook());
		assertEquals(0, flowtable.getPriority());
		assertEquals(OffloadMode.SOFTWARE, flowtable.getOffloadMode());
		assertTrue(flowtable.isCounter());
		assertTrue(f.createNetworkInterface().isPresent());
		assertEquals(ModuleStatus.BUILT_BY_CONSOLE, ModuleStatus.get("built-by-console"));
	}

	@Test
	void theFleetPackageIsRegisteredUnderItsNamespace() {
		assertSame(ModelPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://nftoffload.org/model/1.0"));
		assertEquals("nfto", ModelPackage.eINSTANCE.getNsPrefix());
	}

	@Test
	void aFleetUsingEveryClassSurvivesXmiSaveAndLoad() throws Exception {
		Fleet fleet = everything();
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("nftfleet", new XMIResourceFactoryImpl());
		Resource out = set.createResource(URI.createURI("memory:/edge.nftfleet"));
		out.getContents().add(EcoreUtil.copy(fleet));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		String xml = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(xml.contains("xmlns:nfto=\"http://nftoffload.org/model/1.0\""), xml);

		ResourceSet other = new ResourceSetImpl();
		other.getResourceFactoryRegistry().getExtensionToFactoryMap().put("nftfleet", new XMIResourceFactoryImpl());
		Resource in = other.createResource(URI.createURI("memory:/edge.nftfleet"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		Fleet loaded = (Fleet) in.getContents().get(0);
		assertTrue(EcoreUtil.equals(fleet, loaded), xml);
		Host host = loaded.getHosts().get(0);
		assertSame(host.getInterfaces().get(0), host.getFlowtables().get(0).getDevices().get(0), "devices are references, not copies");
		assertSame(host.getFlowtables().get(0), host.getRules().get(0).getFlowtable());
	}

	@Test
	void itemProvidersGiveLabelsAndPropertiesForTheUi() {
		ModelItemProviderAdapterFactory factory = new ModelItemProviderAdapterFactory();
		Host host = everything().getHosts().get(0);
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(host, IItemLabelProvider.class);
		assertEquals("Host r1", labels.getText(host));
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(host, IItemPropertySource.class);
		List<String> ids = properties.getPropertyDescriptors(host).stream().map(d -> d.getId(host)).toList();
		assertTrue(ids.containsAll(List.of("name", "address", "port", "user", "tags", "notes")), ids::toString);
		Flowtable flowtable = host.getFlowtables().get(0);
		assertFalse(((IItemLabelProvider) factory.adapt(flowtable, IItemLabelProvider.class)).getText(flowtable).isEmpty());
	}

	private Fleet everything() {
		Fleet fleet = f.createFleet();
		fleet.setName("edge");
		Host host = f.createHost();
		host.setName("r1");
		host.setAddress("192.0.2.1");
		host.setPort(2222);
		host.setAuthMethod(AuthMethod.AGENT);
		host.setIdentityFile("~/.ssh/id_ed25519");
		host.setJumpHost("ops@bastion:22");
		host.getTags().addAll(List.of("edge", "openwrt"));
		host.setNotes("rack 3");
		host.setDistribution("OpenWrt 24.10");
		host.setKernelRelease("6.6.73");
		host.setSoftwareFlowtableSupported(Boolean.TRUE);
		host.setFlowtableCounterSupported(Boolean.TRUE);
		host.setHardwareOffloadSupported(Boolean.FALSE);
		host.setProbeTime(new Date(1_700_000_000_000L));
		ModuleState module = f.createModuleState();
		module.setName("nft_flow_offload");
		module.setStatus(ModuleStatus.LOADED);
		host.getModules().add(module);
		NetworkInterface lan = f.createNetworkInterface();
		lan.setName("lan1");
		lan.setDriver("mtk_soc_eth");
		lan.setHwTcOffload(HwTcOffloadState.ON);
		lan.setEswitchMode(EswitchMode.NONE);
		lan.setMtu(1500);
		lan.setSpeed(1000);
		lan.setUp(true);
		NetworkInterface vlan = f.createNetworkInterface();
		vlan.setName("lan1.7");
		vlan.setKind(InterfaceKind.VLAN);
		vlan.getLowerDevices().add(lan);
		vlan.setPresent(false);
		host.getInterfaces().addAll(List.of(lan, vlan));
		SysctlSettings sysctls = f.createSysctlSettings();
		sysctls.setFlowtableTcpTimeout(30);
		sysctls.setConntrackAcct(Boolean.TRUE);
		host.setSysctls(sysctls);
		Flowtable ft = f.createFlowtable();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.HARDWARE);
		ft.getDevices().add(lan);
		host.getFlowtables().add(ft);
		OffloadRule rule = f.createOffloadRule();
		rule.setFlowtable(ft);
		rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
		rule.getSourcePrefixes().add("192.168.1.0/24");
		rule.getInputInterfaces().add(lan);
		rule.setExcludeNatted(true);
		rule.setComment("lan");
		host.getRules().add(rule);
		ObservedTable fw4 = f.createObservedTable();
		fw4.setFamily("inet");
		fw4.setName("fw4");
		host.getObservedTables().add(fw4);
		fleet.getHosts().add(host);

		FlowtableProfile profile = f.createFlowtableProfile();
		profile.setName("edge");
		profile.getRoles().addAll(List.of("wan", "lan"));
		FlowtableTemplate template = f.createFlowtableTemplate();
		template.setName("ft");
		template.getDeviceRoles().addAll(List.of("wan", "lan"));
		profile.getFlowtables().add(template);
		RuleTemplate ruleTemplate = f.createRuleTemplate();
		ruleTemplate.setFlowtable(template);
		ruleTemplate.getInputRoles().add("lan");
		profile.getRules().add(ruleTemplate);
		fleet.getProfiles().add(profile);
		host.setAppliedProfile(profile);
		RoleBinding binding = f.createRoleBinding();
		binding.setRole("lan");
		binding.getDevices().add(lan);
		host.getRoleBindings().add(binding);

		HostGroup group = f.createHostGroup();
		group.setName("openwrt");
		group.getHosts().add(host);
		group.setAppliedProfile(profile);
		fleet.getGroups().add(group);
		return fleet;
	}
}
