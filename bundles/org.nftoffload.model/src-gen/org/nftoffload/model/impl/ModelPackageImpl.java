/**
 */
package org.nftoffload.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.nftoffload.model.AbstractFlowtable;
import org.nftoffload.model.AbstractOffloadRule;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.AuthMethod;
import org.nftoffload.model.EswitchMode;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.ModuleStatus;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedSysctl;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.OffloadSettings;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.model.SysctlSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fleetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkInterfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass abstractFlowtableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowtableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass abstractOffloadRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offloadRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass moduleStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sysctlSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass observedSysctlEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offloadSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass observedTableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowtableProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowtableTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleBindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum applyStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hardwareOffloadVerdictEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hwTcOffloadStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum eswitchModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum familyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum offloadModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum moduleStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.nftoffload.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFleet() {
		return fleetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFleet_Name() {
		return (EAttribute)fleetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFleet_Groups() {
		return (EReference)fleetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFleet_Hosts() {
		return (EReference)fleetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFleet_Profiles() {
		return (EReference)fleetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostGroup() {
		return hostGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostGroup_Name() {
		return (EAttribute)hostGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostGroup_Hosts() {
		return (EReference)hostGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostGroup_AppliedProfile() {
		return (EReference)hostGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostGroup_Subgroups() {
		return (EReference)hostGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostGroup_Settings() {
		return (EReference)hostGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Name() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Address() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Port() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_User() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_AuthMethod() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_IdentityFile() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_JumpHost() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Tags() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Notes() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Distribution() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_KernelRelease() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_SoftwareFlowtableSupported() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_FlowtableCounterSupported() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_HardwareOffloadSupported() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_ProbeTime() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Modules() {
		return (EReference)hostEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Interfaces() {
		return (EReference)hostEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Sysctls() {
		return (EReference)hostEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_ObservedSysctls() {
		return (EReference)hostEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_TableName() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Flowtables() {
		return (EReference)hostEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Rules() {
		return (EReference)hostEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_ObservedTables() {
		return (EReference)hostEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_AppliedProfile() {
		return (EReference)hostEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_RoleBindings() {
		return (EReference)hostEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_LastApplyStatus() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_LastApplyTime() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_LastApplyMessage() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_LastApplyGeneration() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkInterface() {
		return networkInterfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Name() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Kind() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Driver() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkInterface_LowerDevices() {
		return (EReference)networkInterfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_HwTcOffload() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_EswitchMode() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_HardwareOffloadVerdict() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_HardwareOffloadMessage() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Mtu() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Speed() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Up() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Present() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAbstractFlowtable() {
		return abstractFlowtableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractFlowtable_Name() {
		return (EAttribute)abstractFlowtableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractFlowtable_Family() {
		return (EAttribute)abstractFlowtableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractFlowtable_Hook() {
		return (EAttribute)abstractFlowtableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractFlowtable_Priority() {
		return (EAttribute)abstractFlowtableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractFlowtable_OffloadMode() {
		return (EAttribute)abstractFlowtableEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractFlowtable_Counter() {
		return (EAttribute)abstractFlowtableEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlowtable() {
		return flowtableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlowtable_Devices() {
		return (EReference)flowtableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlowtable_Template() {
		return (EReference)flowtableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlowtable_OverriddenFeatures() {
		return (EAttribute)flowtableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAbstractOffloadRule() {
		return abstractOffloadRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractOffloadRule_Protocols() {
		return (EAttribute)abstractOffloadRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractOffloadRule_SourcePrefixes() {
		return (EAttribute)abstractOffloadRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractOffloadRule_DestinationPrefixes() {
		return (EAttribute)abstractOffloadRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractOffloadRule_ExcludeMarked() {
		return (EAttribute)abstractOffloadRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractOffloadRule_ExcludeNatted() {
		return (EAttribute)abstractOffloadRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractOffloadRule_Comment() {
		return (EAttribute)abstractOffloadRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffloadRule() {
		return offloadRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffloadRule_Flowtable() {
		return (EReference)offloadRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffloadRule_InputInterfaces() {
		return (EReference)offloadRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffloadRule_OutputInterfaces() {
		return (EReference)offloadRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadRule_FlowtableName() {
		return (EAttribute)offloadRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadRule_Chain() {
		return (EAttribute)offloadRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModuleState() {
		return moduleStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModuleState_Name() {
		return (EAttribute)moduleStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModuleState_Status() {
		return (EAttribute)moduleStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSysctlSettings() {
		return sysctlSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSysctlSettings_FlowtableTcpTimeout() {
		return (EAttribute)sysctlSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSysctlSettings_FlowtableUdpTimeout() {
		return (EAttribute)sysctlSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSysctlSettings_ConntrackAcct() {
		return (EAttribute)sysctlSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSysctlSettings_OverriddenFeatures() {
		return (EAttribute)sysctlSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObservedSysctl() {
		return observedSysctlEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservedSysctl_Name() {
		return (EAttribute)observedSysctlEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservedSysctl_Value() {
		return (EAttribute)observedSysctlEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffloadSettings() {
		return offloadSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadSettings_Priority() {
		return (EAttribute)offloadSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadSettings_OffloadMode() {
		return (EAttribute)offloadSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadSettings_Counter() {
		return (EAttribute)offloadSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadSettings_FlowtableTcpTimeout() {
		return (EAttribute)offloadSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadSettings_FlowtableUdpTimeout() {
		return (EAttribute)offloadSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObservedTable() {
		return observedTableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservedTable_Family() {
		return (EAttribute)observedTableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservedTable_Name() {
		return (EAttribute)observedTableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObservedTable_Flowtables() {
		return (EReference)observedTableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObservedTable_Rules() {
		return (EReference)observedTableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlowtableProfile() {
		return flowtableProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlowtableProfile_Name() {
		return (EAttribute)flowtableProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlowtableProfile_Description() {
		return (EAttribute)flowtableProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlowtableProfile_Roles() {
		return (EAttribute)flowtableProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlowtableProfile_Flowtables() {
		return (EReference)flowtableProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlowtableProfile_Rules() {
		return (EReference)flowtableProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlowtableProfile_Sysctls() {
		return (EReference)flowtableProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlowtableTemplate() {
		return flowtableTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlowtableTemplate_DeviceRoles() {
		return (EAttribute)flowtableTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleTemplate() {
		return ruleTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleTemplate_Flowtable() {
		return (EReference)ruleTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleTemplate_InputRoles() {
		return (EAttribute)ruleTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleTemplate_OutputRoles() {
		return (EAttribute)ruleTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleBinding() {
		return roleBindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleBinding_Role() {
		return (EAttribute)roleBindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleBinding_Devices() {
		return (EReference)roleBindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getApplyStatus() {
		return applyStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthMethod() {
		return authMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHardwareOffloadVerdict() {
		return hardwareOffloadVerdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceKind() {
		return interfaceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHwTcOffloadState() {
		return hwTcOffloadStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEswitchMode() {
		return eswitchModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFamily() {
		return familyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOffloadMode() {
		return offloadModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtocol() {
		return protocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getModuleStatus() {
		return moduleStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		fleetEClass = createEClass(FLEET);
		createEAttribute(fleetEClass, FLEET__NAME);
		createEReference(fleetEClass, FLEET__GROUPS);
		createEReference(fleetEClass, FLEET__HOSTS);
		createEReference(fleetEClass, FLEET__PROFILES);

		hostGroupEClass = createEClass(HOST_GROUP);
		createEAttribute(hostGroupEClass, HOST_GROUP__NAME);
		createEReference(hostGroupEClass, HOST_GROUP__HOSTS);
		createEReference(hostGroupEClass, HOST_GROUP__APPLIED_PROFILE);
		createEReference(hostGroupEClass, HOST_GROUP__SUBGROUPS);
		createEReference(hostGroupEClass, HOST_GROUP__SETTINGS);

		hostEClass = createEClass(HOST);
		createEAttribute(hostEClass, HOST__NAME);
		createEAttribute(hostEClass, HOST__ADDRESS);
		createEAttribute(hostEClass, HOST__PORT);
		createEAttribute(hostEClass, HOST__USER);
		createEAttribute(hostEClass, HOST__AUTH_METHOD);
		createEAttribute(hostEClass, HOST__IDENTITY_FILE);
		createEAttribute(hostEClass, HOST__JUMP_HOST);
		createEAttribute(hostEClass, HOST__TAGS);
		createEAttribute(hostEClass, HOST__NOTES);
		createEAttribute(hostEClass, HOST__DISTRIBUTION);
		createEAttribute(hostEClass, HOST__KERNEL_RELEASE);
		createEAttribute(hostEClass, HOST__SOFTWARE_FLOWTABLE_SUPPORTED);
		createEAttribute(hostEClass, HOST__FLOWTABLE_COUNTER_SUPPORTED);
		createEAttribute(hostEClass, HOST__HARDWARE_OFFLOAD_SUPPORTED);
		createEAttribute(hostEClass, HOST__PROBE_TIME);
		createEReference(hostEClass, HOST__MODULES);
		createEReference(hostEClass, HOST__INTERFACES);
		createEReference(hostEClass, HOST__SYSCTLS);
		createEReference(hostEClass, HOST__OBSERVED_SYSCTLS);
		createEAttribute(hostEClass, HOST__TABLE_NAME);
		createEReference(hostEClass, HOST__FLOWTABLES);
		createEReference(hostEClass, HOST__RULES);
		createEReference(hostEClass, HOST__OBSERVED_TABLES);
		createEReference(hostEClass, HOST__APPLIED_PROFILE);
		createEReference(hostEClass, HOST__ROLE_BINDINGS);
		createEAttribute(hostEClass, HOST__LAST_APPLY_STATUS);
		createEAttribute(hostEClass, HOST__LAST_APPLY_TIME);
		createEAttribute(hostEClass, HOST__LAST_APPLY_MESSAGE);
		createEAttribute(hostEClass, HOST__LAST_APPLY_GENERATION);

		networkInterfaceEClass = createEClass(NETWORK_INTERFACE);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__NAME);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__KIND);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__DRIVER);
		createEReference(networkInterfaceEClass, NETWORK_INTERFACE__LOWER_DEVICES);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__HW_TC_OFFLOAD);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__ESWITCH_MODE);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__MTU);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__SPEED);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__UP);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__PRESENT);

		abstractFlowtableEClass = createEClass(ABSTRACT_FLOWTABLE);
		createEAttribute(abstractFlowtableEClass, ABSTRACT_FLOWTABLE__NAME);
		createEAttribute(abstractFlowtableEClass, ABSTRACT_FLOWTABLE__FAMILY);
		createEAttribute(abstractFlowtableEClass, ABSTRACT_FLOWTABLE__HOOK);
		createEAttribute(abstractFlowtableEClass, ABSTRACT_FLOWTABLE__PRIORITY);
		createEAttribute(abstractFlowtableEClass, ABSTRACT_FLOWTABLE__OFFLOAD_MODE);
		createEAttribute(abstractFlowtableEClass, ABSTRACT_FLOWTABLE__COUNTER);

		flowtableEClass = createEClass(FLOWTABLE);
		createEReference(flowtableEClass, FLOWTABLE__DEVICES);
		createEReference(flowtableEClass, FLOWTABLE__TEMPLATE);
		createEAttribute(flowtableEClass, FLOWTABLE__OVERRIDDEN_FEATURES);

		abstractOffloadRuleEClass = createEClass(ABSTRACT_OFFLOAD_RULE);
		createEAttribute(abstractOffloadRuleEClass, ABSTRACT_OFFLOAD_RULE__PROTOCOLS);
		createEAttribute(abstractOffloadRuleEClass, ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES);
		createEAttribute(abstractOffloadRuleEClass, ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES);
		createEAttribute(abstractOffloadRuleEClass, ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED);
		createEAttribute(abstractOffloadRuleEClass, ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED);
		createEAttribute(abstractOffloadRuleEClass, ABSTRACT_OFFLOAD_RULE__COMMENT);

		offloadRuleEClass = createEClass(OFFLOAD_RULE);
		createEReference(offloadRuleEClass, OFFLOAD_RULE__FLOWTABLE);
		createEReference(offloadRuleEClass, OFFLOAD_RULE__INPUT_INTERFACES);
		createEReference(offloadRuleEClass, OFFLOAD_RULE__OUTPUT_INTERFACES);
		createEAttribute(offloadRuleEClass, OFFLOAD_RULE__FLOWTABLE_NAME);
		createEAttribute(offloadRuleEClass, OFFLOAD_RULE__CHAIN);

		moduleStateEClass = createEClass(MODULE_STATE);
		createEAttribute(moduleStateEClass, MODULE_STATE__NAME);
		createEAttribute(moduleStateEClass, MODULE_STATE__STATUS);

		sysctlSettingsEClass = createEClass(SYSCTL_SETTINGS);
		createEAttribute(sysctlSettingsEClass, SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT);
		createEAttribute(sysctlSettingsEClass, SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT);
		createEAttribute(sysctlSettingsEClass, SYSCTL_SETTINGS__CONNTRACK_ACCT);
		createEAttribute(sysctlSettingsEClass, SYSCTL_SETTINGS__OVERRIDDEN_FEATURES);

		observedSysctlEClass = createEClass(OBSERVED_SYSCTL);
		createEAttribute(observedSysctlEClass, OBSERVED_SYSCTL__NAME);
		createEAttribute(observedSysctlEClass, OBSERVED_SYSCTL__VALUE);

		offloadSettingsEClass = createEClass(OFFLOAD_SETTINGS);
		createEAttribute(offloadSettingsEClass, OFFLOAD_SETTINGS__PRIORITY);
		createEAttribute(offloadSettingsEClass, OFFLOAD_SETTINGS__OFFLOAD_MODE);
		createEAttribute(offloadSettingsEClass, OFFLOAD_SETTINGS__COUNTER);
		createEAttribute(offloadSettingsEClass, OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT);
		createEAttribute(offloadSettingsEClass, OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT);

		observedTableEClass = createEClass(OBSERVED_TABLE);
		createEAttribute(observedTableEClass, OBSERVED_TABLE__FAMILY);
		createEAttribute(observedTableEClass, OBSERVED_TABLE__NAME);
		createEReference(observedTableEClass, OBSERVED_TABLE__FLOWTABLES);
		createEReference(observedTableEClass, OBSERVED_TABLE__RULES);

		flowtableProfileEClass = createEClass(FLOWTABLE_PROFILE);
		createEAttribute(flowtableProfileEClass, FLOWTABLE_PROFILE__NAME);
		createEAttribute(flowtableProfileEClass, FLOWTABLE_PROFILE__DESCRIPTION);
		createEAttribute(flowtableProfileEClass, FLOWTABLE_PROFILE__ROLES);
		createEReference(flowtableProfileEClass, FLOWTABLE_PROFILE__FLOWTABLES);
		createEReference(flowtableProfileEClass, FLOWTABLE_PROFILE__RULES);
		createEReference(flowtableProfileEClass, FLOWTABLE_PROFILE__SYSCTLS);

		flowtableTemplateEClass = createEClass(FLOWTABLE_TEMPLATE);
		createEAttribute(flowtableTemplateEClass, FLOWTABLE_TEMPLATE__DEVICE_ROLES);

		ruleTemplateEClass = createEClass(RULE_TEMPLATE);
		createEReference(ruleTemplateEClass, RULE_TEMPLATE__FLOWTABLE);
		createEAttribute(ruleTemplateEClass, RULE_TEMPLATE__INPUT_ROLES);
		createEAttribute(ruleTemplateEClass, RULE_TEMPLATE__OUTPUT_ROLES);

		roleBindingEClass = createEClass(ROLE_BINDING);
		createEAttribute(roleBindingEClass, ROLE_BINDING__ROLE);
		createEReference(roleBindingEClass, ROLE_BINDING__DEVICES);

		// Create enums
		applyStatusEEnum = createEEnum(APPLY_STATUS);
		authMethodEEnum = createEEnum(AUTH_METHOD);
		hardwareOffloadVerdictEEnum = createEEnum(HARDWARE_OFFLOAD_VERDICT);
		interfaceKindEEnum = createEEnum(INTERFACE_KIND);
		hwTcOffloadStateEEnum = createEEnum(HW_TC_OFFLOAD_STATE);
		eswitchModeEEnum = createEEnum(ESWITCH_MODE);
		familyEEnum = createEEnum(FAMILY);
		offloadModeEEnum = createEEnum(OFFLOAD_MODE);
		protocolEEnum = createEEnum(PROTOCOL);
		moduleStatusEEnum = createEEnum(MODULE_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		flowtableEClass.getESuperTypes().add(this.getAbstractFlowtable());
		offloadRuleEClass.getESuperTypes().add(this.getAbstractOffloadRule());
		flowtableTemplateEClass.getESuperTypes().add(this.getAbstractFlowtable());
		ruleTemplateEClass.getESuperTypes().add(this.getAbstractOffloadRule());

		// Initialize classes, features, and operations; add parameters
		initEClass(fleetEClass, Fleet.class, "Fleet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFleet_Name(), ecorePackage.getEString(), "name", null, 0, 1, Fleet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFleet_Groups(), this.getHostGroup(), null, "groups", null, 0, -1, Fleet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFleet_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Fleet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFleet_Profiles(), this.getFlowtableProfile(), null, "profiles", null, 0, -1, Fleet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostGroupEClass, HostGroup.class, "HostGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostGroup_Name(), ecorePackage.getEString(), "name", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostGroup_Hosts(), this.getHost(), null, "hosts", null, 0, -1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostGroup_AppliedProfile(), this.getFlowtableProfile(), null, "appliedProfile", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostGroup_Subgroups(), this.getHostGroup(), null, "subgroups", null, 0, -1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostGroup_Settings(), this.getOffloadSettings(), null, "settings", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHost_Name(), ecorePackage.getEString(), "name", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Address(), ecorePackage.getEString(), "address", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Port(), ecorePackage.getEInt(), "port", "22", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_User(), ecorePackage.getEString(), "user", "root", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_AuthMethod(), this.getAuthMethod(), "authMethod", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_IdentityFile(), ecorePackage.getEString(), "identityFile", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_JumpHost(), ecorePackage.getEString(), "jumpHost", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Distribution(), ecorePackage.getEString(), "distribution", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_KernelRelease(), ecorePackage.getEString(), "kernelRelease", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_SoftwareFlowtableSupported(), ecorePackage.getEBooleanObject(), "softwareFlowtableSupported", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_FlowtableCounterSupported(), ecorePackage.getEBooleanObject(), "flowtableCounterSupported", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_HardwareOffloadSupported(), ecorePackage.getEBooleanObject(), "hardwareOffloadSupported", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_ProbeTime(), ecorePackage.getEDate(), "probeTime", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Modules(), this.getModuleState(), null, "modules", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Interfaces(), this.getNetworkInterface(), null, "interfaces", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Sysctls(), this.getSysctlSettings(), null, "sysctls", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_ObservedSysctls(), this.getObservedSysctl(), null, "observedSysctls", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_TableName(), ecorePackage.getEString(), "tableName", "nftoffload", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Flowtables(), this.getFlowtable(), null, "flowtables", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Rules(), this.getOffloadRule(), null, "rules", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_ObservedTables(), this.getObservedTable(), null, "observedTables", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_AppliedProfile(), this.getFlowtableProfile(), null, "appliedProfile", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_RoleBindings(), this.getRoleBinding(), null, "roleBindings", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_LastApplyStatus(), this.getApplyStatus(), "lastApplyStatus", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_LastApplyTime(), ecorePackage.getEDate(), "lastApplyTime", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_LastApplyMessage(), ecorePackage.getEString(), "lastApplyMessage", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_LastApplyGeneration(), ecorePackage.getEString(), "lastApplyGeneration", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkInterfaceEClass, NetworkInterface.class, "NetworkInterface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetworkInterface_Name(), ecorePackage.getEString(), "name", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Kind(), this.getInterfaceKind(), "kind", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Driver(), ecorePackage.getEString(), "driver", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkInterface_LowerDevices(), this.getNetworkInterface(), null, "lowerDevices", null, 0, -1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_HwTcOffload(), this.getHwTcOffloadState(), "hwTcOffload", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_EswitchMode(), this.getEswitchMode(), "eswitchMode", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_HardwareOffloadVerdict(), this.getHardwareOffloadVerdict(), "hardwareOffloadVerdict", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_HardwareOffloadMessage(), ecorePackage.getEString(), "hardwareOffloadMessage", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Mtu(), ecorePackage.getEIntegerObject(), "mtu", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Speed(), ecorePackage.getEIntegerObject(), "speed", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Up(), ecorePackage.getEBoolean(), "up", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Present(), ecorePackage.getEBoolean(), "present", "true", 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(abstractFlowtableEClass, AbstractFlowtable.class, "AbstractFlowtable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAbstractFlowtable_Name(), ecorePackage.getEString(), "name", null, 0, 1, AbstractFlowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractFlowtable_Family(), this.getFamily(), "family", null, 0, 1, AbstractFlowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractFlowtable_Hook(), ecorePackage.getEString(), "hook", "ingress", 0, 1, AbstractFlowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractFlowtable_Priority(), ecorePackage.getEInt(), "priority", "0", 0, 1, AbstractFlowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractFlowtable_OffloadMode(), this.getOffloadMode(), "offloadMode", "software", 0, 1, AbstractFlowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractFlowtable_Counter(), ecorePackage.getEBoolean(), "counter", "true", 0, 1, AbstractFlowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flowtableEClass, Flowtable.class, "Flowtable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFlowtable_Devices(), this.getNetworkInterface(), null, "devices", null, 0, -1, Flowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlowtable_Template(), this.getFlowtableTemplate(), null, "template", null, 0, 1, Flowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlowtable_OverriddenFeatures(), ecorePackage.getEString(), "overriddenFeatures", null, 0, -1, Flowtable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(abstractOffloadRuleEClass, AbstractOffloadRule.class, "AbstractOffloadRule", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAbstractOffloadRule_Protocols(), this.getProtocol(), "protocols", null, 0, -1, AbstractOffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractOffloadRule_SourcePrefixes(), ecorePackage.getEString(), "sourcePrefixes", null, 0, -1, AbstractOffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractOffloadRule_DestinationPrefixes(), ecorePackage.getEString(), "destinationPrefixes", null, 0, -1, AbstractOffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractOffloadRule_ExcludeMarked(), ecorePackage.getEBoolean(), "excludeMarked", null, 0, 1, AbstractOffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractOffloadRule_ExcludeNatted(), ecorePackage.getEBoolean(), "excludeNatted", null, 0, 1, AbstractOffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractOffloadRule_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, AbstractOffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offloadRuleEClass, OffloadRule.class, "OffloadRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOffloadRule_Flowtable(), this.getFlowtable(), null, "flowtable", null, 0, 1, OffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOffloadRule_InputInterfaces(), this.getNetworkInterface(), null, "inputInterfaces", null, 0, -1, OffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOffloadRule_OutputInterfaces(), this.getNetworkInterface(), null, "outputInterfaces", null, 0, -1, OffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadRule_FlowtableName(), ecorePackage.getEString(), "flowtableName", null, 0, 1, OffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadRule_Chain(), ecorePackage.getEString(), "chain", null, 0, 1, OffloadRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(moduleStateEClass, ModuleState.class, "ModuleState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModuleState_Name(), ecorePackage.getEString(), "name", null, 0, 1, ModuleState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModuleState_Status(), this.getModuleStatus(), "status", null, 0, 1, ModuleState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sysctlSettingsEClass, SysctlSettings.class, "SysctlSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSysctlSettings_FlowtableTcpTimeout(), ecorePackage.getEIntegerObject(), "flowtableTcpTimeout", null, 0, 1, SysctlSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSysctlSettings_FlowtableUdpTimeout(), ecorePackage.getEIntegerObject(), "flowtableUdpTimeout", null, 0, 1, SysctlSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSysctlSettings_ConntrackAcct(), ecorePackage.getEBooleanObject(), "conntrackAcct", null, 0, 1, SysctlSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSysctlSettings_OverriddenFeatures(), ecorePackage.getEString(), "overriddenFeatures", null, 0, -1, SysctlSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(observedSysctlEClass, ObservedSysctl.class, "ObservedSysctl", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getObservedSysctl_Name(), ecorePackage.getEString(), "name", null, 0, 1, ObservedSysctl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservedSysctl_Value(), ecorePackage.getELongObject(), "value", null, 0, 1, ObservedSysctl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offloadSettingsEClass, OffloadSettings.class, "OffloadSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOffloadSettings_Priority(), ecorePackage.getEIntegerObject(), "priority", null, 0, 1, OffloadSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadSettings_OffloadMode(), this.getOffloadMode(), "offloadMode", null, 0, 1, OffloadSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadSettings_Counter(), ecorePackage.getEBooleanObject(), "counter", null, 0, 1, OffloadSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadSettings_FlowtableTcpTimeout(), ecorePackage.getEIntegerObject(), "flowtableTcpTimeout", null, 0, 1, OffloadSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadSettings_FlowtableUdpTimeout(), ecorePackage.getEIntegerObject(), "flowtableUdpTimeout", null, 0, 1, OffloadSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(observedTableEClass, ObservedTable.class, "ObservedTable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getObservedTable_Family(), ecorePackage.getEString(), "family", null, 0, 1, ObservedTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservedTable_Name(), ecorePackage.getEString(), "name", null, 0, 1, ObservedTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObservedTable_Flowtables(), this.getFlowtable(), null, "flowtables", null, 0, -1, ObservedTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObservedTable_Rules(), this.getOffloadRule(), null, "rules", null, 0, -1, ObservedTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flowtableProfileEClass, FlowtableProfile.class, "FlowtableProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFlowtableProfile_Name(), ecorePackage.getEString(), "name", null, 0, 1, FlowtableProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlowtableProfile_Description(), ecorePackage.getEString(), "description", null, 0, 1, FlowtableProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlowtableProfile_Roles(), ecorePackage.getEString(), "roles", null, 0, -1, FlowtableProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlowtableProfile_Flowtables(), this.getFlowtableTemplate(), null, "flowtables", null, 0, -1, FlowtableProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlowtableProfile_Rules(), this.getRuleTemplate(), null, "rules", null, 0, -1, FlowtableProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlowtableProfile_Sysctls(), this.getSysctlSettings(), null, "sysctls", null, 0, 1, FlowtableProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flowtableTemplateEClass, FlowtableTemplate.class, "FlowtableTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFlowtableTemplate_DeviceRoles(), ecorePackage.getEString(), "deviceRoles", null, 0, -1, FlowtableTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleTemplateEClass, RuleTemplate.class, "RuleTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRuleTemplate_Flowtable(), this.getFlowtableTemplate(), null, "flowtable", null, 0, 1, RuleTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleTemplate_InputRoles(), ecorePackage.getEString(), "inputRoles", null, 0, -1, RuleTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleTemplate_OutputRoles(), ecorePackage.getEString(), "outputRoles", null, 0, -1, RuleTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleBindingEClass, RoleBinding.class, "RoleBinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoleBinding_Role(), ecorePackage.getEString(), "role", null, 0, 1, RoleBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoleBinding_Devices(), this.getNetworkInterface(), null, "devices", null, 0, -1, RoleBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(applyStatusEEnum, ApplyStatus.class, "ApplyStatus");
		addEEnumLiteral(applyStatusEEnum, ApplyStatus.NEVER);
		addEEnumLiteral(applyStatusEEnum, ApplyStatus.APPLIED);
		addEEnumLiteral(applyStatusEEnum, ApplyStatus.PENDING);
		addEEnumLiteral(applyStatusEEnum, ApplyStatus.FAILED);
		addEEnumLiteral(applyStatusEEnum, ApplyStatus.ROLLED_BACK);
		addEEnumLiteral(applyStatusEEnum, ApplyStatus.SKIPPED);

		initEEnum(authMethodEEnum, AuthMethod.class, "AuthMethod");
		addEEnumLiteral(authMethodEEnum, AuthMethod.KEY);
		addEEnumLiteral(authMethodEEnum, AuthMethod.PASSWORD);
		addEEnumLiteral(authMethodEEnum, AuthMethod.AGENT);

		initEEnum(hardwareOffloadVerdictEEnum, HardwareOffloadVerdict.class, "HardwareOffloadVerdict");
		addEEnumLiteral(hardwareOffloadVerdictEEnum, HardwareOffloadVerdict.UNKNOWN);
		addEEnumLiteral(hardwareOffloadVerdictEEnum, HardwareOffloadVerdict.SUPPORTED);
		addEEnumLiteral(hardwareOffloadVerdictEEnum, HardwareOffloadVerdict.NOT_SUPPORTED);

		initEEnum(interfaceKindEEnum, InterfaceKind.class, "InterfaceKind");
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.PHYSICAL);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.VLAN);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.BRIDGE);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.BOND);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.PPPOE);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.VETH);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.OTHER);

		initEEnum(hwTcOffloadStateEEnum, HwTcOffloadState.class, "HwTcOffloadState");
		addEEnumLiteral(hwTcOffloadStateEEnum, HwTcOffloadState.UNKNOWN);
		addEEnumLiteral(hwTcOffloadStateEEnum, HwTcOffloadState.OFF);
		addEEnumLiteral(hwTcOffloadStateEEnum, HwTcOffloadState.ON);
		addEEnumLiteral(hwTcOffloadStateEEnum, HwTcOffloadState.FIXED);

		initEEnum(eswitchModeEEnum, EswitchMode.class, "EswitchMode");
		addEEnumLiteral(eswitchModeEEnum, EswitchMode.UNKNOWN);
		addEEnumLiteral(eswitchModeEEnum, EswitchMode.NONE);
		addEEnumLiteral(eswitchModeEEnum, EswitchMode.LEGACY);
		addEEnumLiteral(eswitchModeEEnum, EswitchMode.SWITCHDEV);

		initEEnum(familyEEnum, Family.class, "Family");
		addEEnumLiteral(familyEEnum, Family.INET);
		addEEnumLiteral(familyEEnum, Family.IP);
		addEEnumLiteral(familyEEnum, Family.IP6);

		initEEnum(offloadModeEEnum, OffloadMode.class, "OffloadMode");
		addEEnumLiteral(offloadModeEEnum, OffloadMode.NONE);
		addEEnumLiteral(offloadModeEEnum, OffloadMode.SOFTWARE);
		addEEnumLiteral(offloadModeEEnum, OffloadMode.HARDWARE);

		initEEnum(protocolEEnum, Protocol.class, "Protocol");
		addEEnumLiteral(protocolEEnum, Protocol.TCP);
		addEEnumLiteral(protocolEEnum, Protocol.UDP);

		initEEnum(moduleStatusEEnum, ModuleStatus.class, "ModuleStatus");
		addEEnumLiteral(moduleStatusEEnum, ModuleStatus.MISSING);
		addEEnumLiteral(moduleStatusEEnum, ModuleStatus.BUILT_IN);
		addEEnumLiteral(moduleStatusEEnum, ModuleStatus.LOADED);
		addEEnumLiteral(moduleStatusEEnum, ModuleStatus.AVAILABLE);
		addEEnumLiteral(moduleStatusEEnum, ModuleStatus.BUILT_BY_CONSOLE);

		// Create resource
		createResource(eNS_URI);
	}

} //ModelPackageImpl
