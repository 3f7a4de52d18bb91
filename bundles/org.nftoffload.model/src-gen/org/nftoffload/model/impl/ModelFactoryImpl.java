/**
 */
package org.nftoffload.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.nftoffload.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.FLEET: return createFleet();
			case ModelPackage.HOST_GROUP: return createHostGroup();
			case ModelPackage.HOST: return createHost();
			case ModelPackage.NETWORK_INTERFACE: return createNetworkInterface();
			case ModelPackage.FLOWTABLE: return createFlowtable();
			case ModelPackage.OFFLOAD_RULE: return createOffloadRule();
			case ModelPackage.MODULE_STATE: return createModuleState();
			case ModelPackage.SYSCTL_SETTINGS: return createSysctlSettings();
			case ModelPackage.OBSERVED_SYSCTL: return createObservedSysctl();
			case ModelPackage.OFFLOAD_SETTINGS: return createOffloadSettings();
			case ModelPackage.OBSERVED_TABLE: return createObservedTable();
			case ModelPackage.FLOWTABLE_PROFILE: return createFlowtableProfile();
			case ModelPackage.FLOWTABLE_TEMPLATE: return createFlowtableTemplate();
			case ModelPackage.RULE_TEMPLATE: return createRuleTemplate();
			case ModelPackage.ROLE_BINDING: return createRoleBinding();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.APPLY_STATUS:
				return createApplyStatusFromString(eDataType, initialValue);
			case ModelPackage.AUTH_METHOD:
				return createAuthMethodFromString(eDataType, initialValue);
			case ModelPackage.HARDWARE_OFFLOAD_VERDICT:
				return createHardwareOffloadVerdictFromString(eDataType, initialValue);
			case ModelPackage.INTERFACE_KIND:
				return createInterfaceKindFromString(eDataType, initialValue);
			case ModelPackage.HW_TC_OFFLOAD_STATE:
				return createHwTcOffloadStateFromString(eDataType, initialValue);
			case ModelPackage.ESWITCH_MODE:
				return createEswitchModeFromString(eDataType, initialValue);
			case ModelPackage.FAMILY:
				return createFamilyFromString(eDataType, initialValue);
			case ModelPackage.OFFLOAD_MODE:
				return createOffloadModeFromString(eDataType, initialValue);
			case ModelPackage.PROTOCOL:
				return createProtocolFromString(eDataType, initialValue);
			case ModelPackage.MODULE_STATUS:
				return createModuleStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.APPLY_STATUS:
				return convertApplyStatusToString(eDataType, instanceValue);
			case ModelPackage.AUTH_METHOD:
				return convertAuthMethodToString(eDataType, instanceValue);
			case ModelPackage.HARDWARE_OFFLOAD_VERDICT:
				return convertHardwareOffloadVerdictToString(eDataType, instanceValue);
			case ModelPackage.INTERFACE_KIND:
				return convertInterfaceKindToString(eDataType, instanceValue);
			case ModelPackage.HW_TC_OFFLOAD_STATE:
				return convertHwTcOffloadStateToString(eDataType, instanceValue);
			case ModelPackage.ESWITCH_MODE:
				return convertEswitchModeToString(eDataType, instanceValue);
			case ModelPackage.FAMILY:
				return convertFamilyToString(eDataType, instanceValue);
			case ModelPackage.OFFLOAD_MODE:
				return convertOffloadModeToString(eDataType, instanceValue);
			case ModelPackage.PROTOCOL:
				return convertProtocolToString(eDataType, instanceValue);
			case ModelPackage.MODULE_STATUS:
				return convertModuleStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fleet createFleet() {
		FleetImpl fleet = new FleetImpl();
		return fleet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostGroup createHostGroup() {
		HostGroupImpl hostGroup = new HostGroupImpl();
		return hostGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkInterface createNetworkInterface() {
		NetworkInterfaceImpl networkInterface = new NetworkInterfaceImpl();
		return networkInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flowtable createFlowtable() {
		FlowtableImpl flowtable = new FlowtableImpl();
		return flowtable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffloadRule createOffloadRule() {
		OffloadRuleImpl offloadRule = new OffloadRuleImpl();
		return offloadRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModuleState createModuleState() {
		ModuleStateImpl moduleState = new ModuleStateImpl();
		return moduleState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SysctlSettings createSysctlSettings() {
		SysctlSettingsImpl sysctlSettings = new SysctlSettingsImpl();
		return sysctlSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObservedSysctl createObservedSysctl() {
		ObservedSysctlImpl observedSysctl = new ObservedSysctlImpl();
		return observedSysctl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffloadSettings createOffloadSettings() {
		OffloadSettingsImpl offloadSettings = new OffloadSettingsImpl();
		return offloadSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObservedTable createObservedTable() {
		ObservedTableImpl observedTable = new ObservedTableImpl();
		return observedTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowtableProfile createFlowtableProfile() {
		FlowtableProfileImpl flowtableProfile = new FlowtableProfileImpl();
		return flowtableProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowtableTemplate createFlowtableTemplate() {
		FlowtableTemplateImpl flowtableTemplate = new FlowtableTemplateImpl();
		return flowtableTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleTemplate createRuleTemplate() {
		RuleTemplateImpl ruleTemplate = new RuleTemplateImpl();
		return ruleTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleBinding createRoleBinding() {
		RoleBindingImpl roleBinding = new RoleBindingImpl();
		return roleBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApplyStatus createApplyStatusFromString(EDataType eDataType, String initialValue) {
		ApplyStatus result = ApplyStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertApplyStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthMethod createAuthMethodFromString(EDataType eDataType, String initialValue) {
		AuthMethod result = AuthMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HardwareOffloadVerdict createHardwareOffloadVerdictFromString(EDataType eDataType, String initialValue) {
		HardwareOffloadVerdict result = HardwareOffloadVerdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHardwareOffloadVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceKind createInterfaceKindFromString(EDataType eDataType, String initialValue) {
		InterfaceKind result = InterfaceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HwTcOffloadState createHwTcOffloadStateFromString(EDataType eDataType, String initialValue) {
		HwTcOffloadState result = HwTcOffloadState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHwTcOffloadStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EswitchMode createEswitchModeFromString(EDataType eDataType, String initialValue) {
		EswitchMode result = EswitchMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEswitchModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Family createFamilyFromString(EDataType eDataType, String initialValue) {
		Family result = Family.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFamilyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OffloadMode createOffloadModeFromString(EDataType eDataType, String initialValue) {
		OffloadMode result = OffloadMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOffloadModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol createProtocolFromString(EDataType eDataType, String initialValue) {
		Protocol result = Protocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModuleStatus createModuleStatusFromString(EDataType eDataType, String initialValue) {
		ModuleStatus result = ModuleStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertModuleStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
