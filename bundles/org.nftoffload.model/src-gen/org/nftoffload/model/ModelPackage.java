/**
 */
package org.nftoffload.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The fleet of routers the console manages and the flow offload configuration it wants on each of them. Saved as XMI (*.nftfleet). Live statistics are never part of this model.
 * <!-- end-model-doc -->
 * @see org.nftoffload.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://nftoffload.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "nfto";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.nftoffload.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.FleetImpl <em>Fleet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.FleetImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getFleet()
	 * @generated
	 */
	int FLEET = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__GROUPS = 1;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__HOSTS = 2;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__PROFILES = 3;

	/**
	 * The number of structural features of the '<em>Fleet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Fleet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.HostGroupImpl <em>Host Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.HostGroupImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getHostGroup()
	 * @generated
	 */
	int HOST_GROUP = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__HOSTS = 1;

	/**
	 * The feature id for the '<em><b>Applied Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__APPLIED_PROFILE = 2;

	/**
	 * The feature id for the '<em><b>Subgroups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__SUBGROUPS = 3;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__SETTINGS = 4;

	/**
	 * The number of structural features of the '<em>Host Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Host Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.HostImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__PORT = 2;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__USER = 3;

	/**
	 * The feature id for the '<em><b>Auth Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__AUTH_METHOD = 4;

	/**
	 * The feature id for the '<em><b>Identity File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__IDENTITY_FILE = 5;

	/**
	 * The feature id for the '<em><b>Jump Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__JUMP_HOST = 6;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__TAGS = 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NOTES = 8;

	/**
	 * The feature id for the '<em><b>Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DISTRIBUTION = 9;

	/**
	 * The feature id for the '<em><b>Kernel Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__KERNEL_RELEASE = 10;

	/**
	 * The feature id for the '<em><b>Software Flowtable Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SOFTWARE_FLOWTABLE_SUPPORTED = 11;

	/**
	 * The feature id for the '<em><b>Flowtable Counter Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__FLOWTABLE_COUNTER_SUPPORTED = 12;

	/**
	 * The feature id for the '<em><b>Hardware Offload Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HARDWARE_OFFLOAD_SUPPORTED = 13;

	/**
	 * The feature id for the '<em><b>Probe Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__PROBE_TIME = 14;

	/**
	 * The feature id for the '<em><b>Modules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MODULES = 15;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__INTERFACES = 16;

	/**
	 * The feature id for the '<em><b>Sysctls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SYSCTLS = 17;

	/**
	 * The feature id for the '<em><b>Observed Sysctls</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__OBSERVED_SYSCTLS = 18;

	/**
	 * The feature id for the '<em><b>Table Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__TABLE_NAME = 19;

	/**
	 * The feature id for the '<em><b>Flowtables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__FLOWTABLES = 20;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__RULES = 21;

	/**
	 * The feature id for the '<em><b>Observed Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__OBSERVED_TABLES = 22;

	/**
	 * The feature id for the '<em><b>Applied Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__APPLIED_PROFILE = 23;

	/**
	 * The feature id for the '<em><b>Role Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ROLE_BINDINGS = 24;

	/**
	 * The feature id for the '<em><b>Last Apply Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LAST_APPLY_STATUS = 25;

	/**
	 * The feature id for the '<em><b>Last Apply Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LAST_APPLY_TIME = 26;

	/**
	 * The feature id for the '<em><b>Last Apply Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LAST_APPLY_MESSAGE = 27;

	/**
	 * The feature id for the '<em><b>Last Apply Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LAST_APPLY_GENERATION = 28;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = 29;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.NetworkInterfaceImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getNetworkInterface()
	 * @generated
	 */
	int NETWORK_INTERFACE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__DRIVER = 2;

	/**
	 * The feature id for the '<em><b>Lower Devices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__LOWER_DEVICES = 3;

	/**
	 * The feature id for the '<em><b>Hw Tc Offload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__HW_TC_OFFLOAD = 4;

	/**
	 * The feature id for the '<em><b>Eswitch Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__ESWITCH_MODE = 5;

	/**
	 * The feature id for the '<em><b>Hardware Offload Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT = 6;

	/**
	 * The feature id for the '<em><b>Hardware Offload Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE = 7;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__MTU = 8;

	/**
	 * The feature id for the '<em><b>Speed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__SPEED = 9;

	/**
	 * The feature id for the '<em><b>Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__UP = 10;

	/**
	 * The feature id for the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__PRESENT = 11;

	/**
	 * The number of structural features of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.AbstractFlowtableImpl <em>Abstract Flowtable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.AbstractFlowtableImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getAbstractFlowtable()
	 * @generated
	 */
	int ABSTRACT_FLOWTABLE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_FLOWTABLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_FLOWTABLE__FAMILY = 1;

	/**
	 * The feature id for the '<em><b>Hook</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_FLOWTABLE__HOOK = 2;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_FLOWTABLE__PRIORITY = 3;

	/**
	 * The feature id for the '<em><b>Offload Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_FLOWTABLE__OFFLOAD_MODE = 4;

	/**
	 * The feature id for the '<em><b>Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_FLOWTABLE__COUNTER = 5;

	/**
	 * The number of structural features of the '<em>Abstract Flowtable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_FLOWTABLE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Abstract Flowtable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_FLOWTABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.FlowtableImpl <em>Flowtable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.FlowtableImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getFlowtable()
	 * @generated
	 */
	int FLOWTABLE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__NAME = ABSTRACT_FLOWTABLE__NAME;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__FAMILY = ABSTRACT_FLOWTABLE__FAMILY;

	/**
	 * The feature id for the '<em><b>Hook</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__HOOK = ABSTRACT_FLOWTABLE__HOOK;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__PRIORITY = ABSTRACT_FLOWTABLE__PRIORITY;

	/**
	 * The feature id for the '<em><b>Offload Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__OFFLOAD_MODE = ABSTRACT_FLOWTABLE__OFFLOAD_MODE;

	/**
	 * The feature id for the '<em><b>Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__COUNTER = ABSTRACT_FLOWTABLE__COUNTER;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__DEVICES = ABSTRACT_FLOWTABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__TEMPLATE = ABSTRACT_FLOWTABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Overridden Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE__OVERRIDDEN_FEATURES = ABSTRACT_FLOWTABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Flowtable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_FEATURE_COUNT = ABSTRACT_FLOWTABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Flowtable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_OPERATION_COUNT = ABSTRACT_FLOWTABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.AbstractOffloadRuleImpl <em>Abstract Offload Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.AbstractOffloadRuleImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getAbstractOffloadRule()
	 * @generated
	 */
	int ABSTRACT_OFFLOAD_RULE = 6;

	/**
	 * The feature id for the '<em><b>Protocols</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_OFFLOAD_RULE__PROTOCOLS = 0;

	/**
	 * The feature id for the '<em><b>Source Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES = 1;

	/**
	 * The feature id for the '<em><b>Destination Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES = 2;

	/**
	 * The feature id for the '<em><b>Exclude Marked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED = 3;

	/**
	 * The feature id for the '<em><b>Exclude Natted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED = 4;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_OFFLOAD_RULE__COMMENT = 5;

	/**
	 * The number of structural features of the '<em>Abstract Offload Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Abstract Offload Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_OFFLOAD_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.OffloadRuleImpl <em>Offload Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.OffloadRuleImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getOffloadRule()
	 * @generated
	 */
	int OFFLOAD_RULE = 7;

	/**
	 * The feature id for the '<em><b>Protocols</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__PROTOCOLS = ABSTRACT_OFFLOAD_RULE__PROTOCOLS;

	/**
	 * The feature id for the '<em><b>Source Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__SOURCE_PREFIXES = ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES;

	/**
	 * The feature id for the '<em><b>Destination Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__DESTINATION_PREFIXES = ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES;

	/**
	 * The feature id for the '<em><b>Exclude Marked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__EXCLUDE_MARKED = ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED;

	/**
	 * The feature id for the '<em><b>Exclude Natted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__EXCLUDE_NATTED = ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__COMMENT = ABSTRACT_OFFLOAD_RULE__COMMENT;

	/**
	 * The feature id for the '<em><b>Flowtable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__FLOWTABLE = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Input Interfaces</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__INPUT_INTERFACES = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Output Interfaces</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__OUTPUT_INTERFACES = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Flowtable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__FLOWTABLE_NAME = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Chain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE__CHAIN = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Offload Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE_FEATURE_COUNT = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Offload Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_RULE_OPERATION_COUNT = ABSTRACT_OFFLOAD_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.ModuleStateImpl <em>Module State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.ModuleStateImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getModuleState()
	 * @generated
	 */
	int MODULE_STATE = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_STATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_STATE__STATUS = 1;

	/**
	 * The number of structural features of the '<em>Module State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_STATE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Module State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.SysctlSettingsImpl <em>Sysctl Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.SysctlSettingsImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getSysctlSettings()
	 * @generated
	 */
	int SYSCTL_SETTINGS = 9;

	/**
	 * The feature id for the '<em><b>Flowtable Tcp Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT = 0;

	/**
	 * The feature id for the '<em><b>Flowtable Udp Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT = 1;

	/**
	 * The feature id for the '<em><b>Conntrack Acct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCTL_SETTINGS__CONNTRACK_ACCT = 2;

	/**
	 * The feature id for the '<em><b>Overridden Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCTL_SETTINGS__OVERRIDDEN_FEATURES = 3;

	/**
	 * The number of structural features of the '<em>Sysctl Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCTL_SETTINGS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Sysctl Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCTL_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.ObservedSysctlImpl <em>Observed Sysctl</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.ObservedSysctlImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getObservedSysctl()
	 * @generated
	 */
	int OBSERVED_SYSCTL = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_SYSCTL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_SYSCTL__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Observed Sysctl</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_SYSCTL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Observed Sysctl</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_SYSCTL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.OffloadSettingsImpl <em>Offload Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.OffloadSettingsImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getOffloadSettings()
	 * @generated
	 */
	int OFFLOAD_SETTINGS = 11;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_SETTINGS__PRIORITY = 0;

	/**
	 * The feature id for the '<em><b>Offload Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_SETTINGS__OFFLOAD_MODE = 1;

	/**
	 * The feature id for the '<em><b>Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_SETTINGS__COUNTER = 2;

	/**
	 * The feature id for the '<em><b>Flowtable Tcp Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT = 3;

	/**
	 * The feature id for the '<em><b>Flowtable Udp Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT = 4;

	/**
	 * The number of structural features of the '<em>Offload Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_SETTINGS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Offload Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOAD_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.ObservedTableImpl <em>Observed Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.ObservedTableImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getObservedTable()
	 * @generated
	 */
	int OBSERVED_TABLE = 12;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_TABLE__FAMILY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_TABLE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Flowtables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_TABLE__FLOWTABLES = 2;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_TABLE__RULES = 3;

	/**
	 * The number of structural features of the '<em>Observed Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_TABLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Observed Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVED_TABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.FlowtableProfileImpl <em>Flowtable Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.FlowtableProfileImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getFlowtableProfile()
	 * @generated
	 */
	int FLOWTABLE_PROFILE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_PROFILE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_PROFILE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_PROFILE__ROLES = 2;

	/**
	 * The feature id for the '<em><b>Flowtables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_PROFILE__FLOWTABLES = 3;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_PROFILE__RULES = 4;

	/**
	 * The feature id for the '<em><b>Sysctls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_PROFILE__SYSCTLS = 5;

	/**
	 * The number of structural features of the '<em>Flowtable Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_PROFILE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Flowtable Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.FlowtableTemplateImpl <em>Flowtable Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.FlowtableTemplateImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getFlowtableTemplate()
	 * @generated
	 */
	int FLOWTABLE_TEMPLATE = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE__NAME = ABSTRACT_FLOWTABLE__NAME;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE__FAMILY = ABSTRACT_FLOWTABLE__FAMILY;

	/**
	 * The feature id for the '<em><b>Hook</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE__HOOK = ABSTRACT_FLOWTABLE__HOOK;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE__PRIORITY = ABSTRACT_FLOWTABLE__PRIORITY;

	/**
	 * The feature id for the '<em><b>Offload Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE__OFFLOAD_MODE = ABSTRACT_FLOWTABLE__OFFLOAD_MODE;

	/**
	 * The feature id for the '<em><b>Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE__COUNTER = ABSTRACT_FLOWTABLE__COUNTER;

	/**
	 * The feature id for the '<em><b>Device Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE__DEVICE_ROLES = ABSTRACT_FLOWTABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Flowtable Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE_FEATURE_COUNT = ABSTRACT_FLOWTABLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Flowtable Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWTABLE_TEMPLATE_OPERATION_COUNT = ABSTRACT_FLOWTABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.RuleTemplateImpl <em>Rule Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.RuleTemplateImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getRuleTemplate()
	 * @generated
	 */
	int RULE_TEMPLATE = 15;

	/**
	 * The feature id for the '<em><b>Protocols</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__PROTOCOLS = ABSTRACT_OFFLOAD_RULE__PROTOCOLS;

	/**
	 * The feature id for the '<em><b>Source Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__SOURCE_PREFIXES = ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES;

	/**
	 * The feature id for the '<em><b>Destination Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__DESTINATION_PREFIXES = ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES;

	/**
	 * The feature id for the '<em><b>Exclude Marked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__EXCLUDE_MARKED = ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED;

	/**
	 * The feature id for the '<em><b>Exclude Natted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__EXCLUDE_NATTED = ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__COMMENT = ABSTRACT_OFFLOAD_RULE__COMMENT;

	/**
	 * The feature id for the '<em><b>Flowtable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__FLOWTABLE = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Input Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__INPUT_ROLES = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Output Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE__OUTPUT_ROLES = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Rule Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE_FEATURE_COUNT = ABSTRACT_OFFLOAD_RULE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Rule Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_TEMPLATE_OPERATION_COUNT = ABSTRACT_OFFLOAD_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.impl.RoleBindingImpl <em>Role Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.impl.RoleBindingImpl
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getRoleBinding()
	 * @generated
	 */
	int ROLE_BINDING = 16;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING__DEVICES = 1;

	/**
	 * The number of structural features of the '<em>Role Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Role Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.ApplyStatus <em>Apply Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.ApplyStatus
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getApplyStatus()
	 * @generated
	 */
	int APPLY_STATUS = 17;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.AuthMethod <em>Auth Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.AuthMethod
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getAuthMethod()
	 * @generated
	 */
	int AUTH_METHOD = 18;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.HardwareOffloadVerdict <em>Hardware Offload Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.HardwareOffloadVerdict
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getHardwareOffloadVerdict()
	 * @generated
	 */
	int HARDWARE_OFFLOAD_VERDICT = 19;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.InterfaceKind <em>Interface Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.InterfaceKind
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getInterfaceKind()
	 * @generated
	 */
	int INTERFACE_KIND = 20;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.HwTcOffloadState <em>Hw Tc Offload State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.HwTcOffloadState
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getHwTcOffloadState()
	 * @generated
	 */
	int HW_TC_OFFLOAD_STATE = 21;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.EswitchMode <em>Eswitch Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.EswitchMode
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getEswitchMode()
	 * @generated
	 */
	int ESWITCH_MODE = 22;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.Family <em>Family</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.Family
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getFamily()
	 * @generated
	 */
	int FAMILY = 23;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.OffloadMode <em>Offload Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.OffloadMode
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getOffloadMode()
	 * @generated
	 */
	int OFFLOAD_MODE = 24;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.Protocol <em>Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.Protocol
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 25;

	/**
	 * The meta object id for the '{@link org.nftoffload.model.ModuleStatus <em>Module Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nftoffload.model.ModuleStatus
	 * @see org.nftoffload.model.impl.ModelPackageImpl#getModuleStatus()
	 * @generated
	 */
	int MODULE_STATUS = 26;


	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.Fleet <em>Fleet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fleet</em>'.
	 * @see org.nftoffload.model.Fleet
	 * @generated
	 */
	EClass getFleet();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Fleet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.Fleet#getName()
	 * @see #getFleet()
	 * @generated
	 */
	EAttribute getFleet_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Fleet#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.nftoffload.model.Fleet#getGroups()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Fleet#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.nftoffload.model.Fleet#getHosts()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Fleet#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see org.nftoffload.model.Fleet#getProfiles()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_Profiles();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.HostGroup <em>Host Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host Group</em>'.
	 * @see org.nftoffload.model.HostGroup
	 * @generated
	 */
	EClass getHostGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.HostGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.HostGroup#getName()
	 * @see #getHostGroup()
	 * @generated
	 */
	EAttribute getHostGroup_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.nftoffload.model.HostGroup#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hosts</em>'.
	 * @see org.nftoffload.model.HostGroup#getHosts()
	 * @see #getHostGroup()
	 * @generated
	 */
	EReference getHostGroup_Hosts();

	/**
	 * Returns the meta object for the reference '{@link org.nftoffload.model.HostGroup#getAppliedProfile <em>Applied Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Applied Profile</em>'.
	 * @see org.nftoffload.model.HostGroup#getAppliedProfile()
	 * @see #getHostGroup()
	 * @generated
	 */
	EReference getHostGroup_AppliedProfile();

	/**
	 * Returns the meta object for the reference list '{@link org.nftoffload.model.HostGroup#getSubgroups <em>Subgroups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Subgroups</em>'.
	 * @see org.nftoffload.model.HostGroup#getSubgroups()
	 * @see #getHostGroup()
	 * @generated
	 */
	EReference getHostGroup_Subgroups();

	/**
	 * Returns the meta object for the containment reference '{@link org.nftoffload.model.HostGroup#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see org.nftoffload.model.HostGroup#getSettings()
	 * @see #getHostGroup()
	 * @generated
	 */
	EReference getHostGroup_Settings();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.nftoffload.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.Host#getName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.nftoffload.model.Host#getAddress()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.nftoffload.model.Host#getPort()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.nftoffload.model.Host#getUser()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_User();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getAuthMethod <em>Auth Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auth Method</em>'.
	 * @see org.nftoffload.model.Host#getAuthMethod()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_AuthMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getIdentityFile <em>Identity File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identity File</em>'.
	 * @see org.nftoffload.model.Host#getIdentityFile()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_IdentityFile();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getJumpHost <em>Jump Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jump Host</em>'.
	 * @see org.nftoffload.model.Host#getJumpHost()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_JumpHost();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.Host#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.nftoffload.model.Host#getTags()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.nftoffload.model.Host#getNotes()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getDistribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distribution</em>'.
	 * @see org.nftoffload.model.Host#getDistribution()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Distribution();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getKernelRelease <em>Kernel Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Release</em>'.
	 * @see org.nftoffload.model.Host#getKernelRelease()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_KernelRelease();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getSoftwareFlowtableSupported <em>Software Flowtable Supported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Software Flowtable Supported</em>'.
	 * @see org.nftoffload.model.Host#getSoftwareFlowtableSupported()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_SoftwareFlowtableSupported();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getFlowtableCounterSupported <em>Flowtable Counter Supported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flowtable Counter Supported</em>'.
	 * @see org.nftoffload.model.Host#getFlowtableCounterSupported()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_FlowtableCounterSupported();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getHardwareOffloadSupported <em>Hardware Offload Supported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Offload Supported</em>'.
	 * @see org.nftoffload.model.Host#getHardwareOffloadSupported()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_HardwareOffloadSupported();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getProbeTime <em>Probe Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe Time</em>'.
	 * @see org.nftoffload.model.Host#getProbeTime()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_ProbeTime();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Host#getModules <em>Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Modules</em>'.
	 * @see org.nftoffload.model.Host#getModules()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Modules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Host#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see org.nftoffload.model.Host#getInterfaces()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Interfaces();

	/**
	 * Returns the meta object for the containment reference '{@link org.nftoffload.model.Host#getSysctls <em>Sysctls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sysctls</em>'.
	 * @see org.nftoffload.model.Host#getSysctls()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Sysctls();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Host#getObservedSysctls <em>Observed Sysctls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observed Sysctls</em>'.
	 * @see org.nftoffload.model.Host#getObservedSysctls()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_ObservedSysctls();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getTableName <em>Table Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Name</em>'.
	 * @see org.nftoffload.model.Host#getTableName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_TableName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Host#getFlowtables <em>Flowtables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flowtables</em>'.
	 * @see org.nftoffload.model.Host#getFlowtables()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Flowtables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Host#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.nftoffload.model.Host#getRules()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Rules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Host#getObservedTables <em>Observed Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observed Tables</em>'.
	 * @see org.nftoffload.model.Host#getObservedTables()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_ObservedTables();

	/**
	 * Returns the meta object for the reference '{@link org.nftoffload.model.Host#getAppliedProfile <em>Applied Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Applied Profile</em>'.
	 * @see org.nftoffload.model.Host#getAppliedProfile()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_AppliedProfile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.Host#getRoleBindings <em>Role Bindings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Role Bindings</em>'.
	 * @see org.nftoffload.model.Host#getRoleBindings()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_RoleBindings();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getLastApplyStatus <em>Last Apply Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Apply Status</em>'.
	 * @see org.nftoffload.model.Host#getLastApplyStatus()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_LastApplyStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getLastApplyTime <em>Last Apply Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Apply Time</em>'.
	 * @see org.nftoffload.model.Host#getLastApplyTime()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_LastApplyTime();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getLastApplyMessage <em>Last Apply Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Apply Message</em>'.
	 * @see org.nftoffload.model.Host#getLastApplyMessage()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_LastApplyMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.Host#getLastApplyGeneration <em>Last Apply Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Apply Generation</em>'.
	 * @see org.nftoffload.model.Host#getLastApplyGeneration()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_LastApplyGeneration();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Interface</em>'.
	 * @see org.nftoffload.model.NetworkInterface
	 * @generated
	 */
	EClass getNetworkInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getName()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getKind()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getDriver()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Driver();

	/**
	 * Returns the meta object for the reference list '{@link org.nftoffload.model.NetworkInterface#getLowerDevices <em>Lower Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Lower Devices</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getLowerDevices()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EReference getNetworkInterface_LowerDevices();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getHwTcOffload <em>Hw Tc Offload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hw Tc Offload</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getHwTcOffload()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_HwTcOffload();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getEswitchMode <em>Eswitch Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eswitch Mode</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getEswitchMode()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_EswitchMode();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getHardwareOffloadVerdict <em>Hardware Offload Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Offload Verdict</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getHardwareOffloadVerdict()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_HardwareOffloadVerdict();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getHardwareOffloadMessage <em>Hardware Offload Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Offload Message</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getHardwareOffloadMessage()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_HardwareOffloadMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getMtu()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Mtu();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#getSpeed <em>Speed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed</em>'.
	 * @see org.nftoffload.model.NetworkInterface#getSpeed()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Speed();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#isUp <em>Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Up</em>'.
	 * @see org.nftoffload.model.NetworkInterface#isUp()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Up();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.NetworkInterface#isPresent <em>Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Present</em>'.
	 * @see org.nftoffload.model.NetworkInterface#isPresent()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Present();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.AbstractFlowtable <em>Abstract Flowtable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Flowtable</em>'.
	 * @see org.nftoffload.model.AbstractFlowtable
	 * @generated
	 */
	EClass getAbstractFlowtable();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractFlowtable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.AbstractFlowtable#getName()
	 * @see #getAbstractFlowtable()
	 * @generated
	 */
	EAttribute getAbstractFlowtable_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractFlowtable#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.nftoffload.model.AbstractFlowtable#getFamily()
	 * @see #getAbstractFlowtable()
	 * @generated
	 */
	EAttribute getAbstractFlowtable_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractFlowtable#getHook <em>Hook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hook</em>'.
	 * @see org.nftoffload.model.AbstractFlowtable#getHook()
	 * @see #getAbstractFlowtable()
	 * @generated
	 */
	EAttribute getAbstractFlowtable_Hook();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractFlowtable#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.nftoffload.model.AbstractFlowtable#getPriority()
	 * @see #getAbstractFlowtable()
	 * @generated
	 */
	EAttribute getAbstractFlowtable_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractFlowtable#getOffloadMode <em>Offload Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offload Mode</em>'.
	 * @see org.nftoffload.model.AbstractFlowtable#getOffloadMode()
	 * @see #getAbstractFlowtable()
	 * @generated
	 */
	EAttribute getAbstractFlowtable_OffloadMode();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractFlowtable#isCounter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counter</em>'.
	 * @see org.nftoffload.model.AbstractFlowtable#isCounter()
	 * @see #getAbstractFlowtable()
	 * @generated
	 */
	EAttribute getAbstractFlowtable_Counter();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.Flowtable <em>Flowtable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flowtable</em>'.
	 * @see org.nftoffload.model.Flowtable
	 * @generated
	 */
	EClass getFlowtable();

	/**
	 * Returns the meta object for the reference list '{@link org.nftoffload.model.Flowtable#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Devices</em>'.
	 * @see org.nftoffload.model.Flowtable#getDevices()
	 * @see #getFlowtable()
	 * @generated
	 */
	EReference getFlowtable_Devices();

	/**
	 * Returns the meta object for the reference '{@link org.nftoffload.model.Flowtable#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.nftoffload.model.Flowtable#getTemplate()
	 * @see #getFlowtable()
	 * @generated
	 */
	EReference getFlowtable_Template();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.Flowtable#getOverriddenFeatures <em>Overridden Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Overridden Features</em>'.
	 * @see org.nftoffload.model.Flowtable#getOverriddenFeatures()
	 * @see #getFlowtable()
	 * @generated
	 */
	EAttribute getFlowtable_OverriddenFeatures();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.AbstractOffloadRule <em>Abstract Offload Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Offload Rule</em>'.
	 * @see org.nftoffload.model.AbstractOffloadRule
	 * @generated
	 */
	EClass getAbstractOffloadRule();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.AbstractOffloadRule#getProtocols <em>Protocols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Protocols</em>'.
	 * @see org.nftoffload.model.AbstractOffloadRule#getProtocols()
	 * @see #getAbstractOffloadRule()
	 * @generated
	 */
	EAttribute getAbstractOffloadRule_Protocols();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.AbstractOffloadRule#getSourcePrefixes <em>Source Prefixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Source Prefixes</em>'.
	 * @see org.nftoffload.model.AbstractOffloadRule#getSourcePrefixes()
	 * @see #getAbstractOffloadRule()
	 * @generated
	 */
	EAttribute getAbstractOffloadRule_SourcePrefixes();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.AbstractOffloadRule#getDestinationPrefixes <em>Destination Prefixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Destination Prefixes</em>'.
	 * @see org.nftoffload.model.AbstractOffloadRule#getDestinationPrefixes()
	 * @see #getAbstractOffloadRule()
	 * @generated
	 */
	EAttribute getAbstractOffloadRule_DestinationPrefixes();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractOffloadRule#isExcludeMarked <em>Exclude Marked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Marked</em>'.
	 * @see org.nftoffload.model.AbstractOffloadRule#isExcludeMarked()
	 * @see #getAbstractOffloadRule()
	 * @generated
	 */
	EAttribute getAbstractOffloadRule_ExcludeMarked();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractOffloadRule#isExcludeNatted <em>Exclude Natted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Natted</em>'.
	 * @see org.nftoffload.model.AbstractOffloadRule#isExcludeNatted()
	 * @see #getAbstractOffloadRule()
	 * @generated
	 */
	EAttribute getAbstractOffloadRule_ExcludeNatted();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.AbstractOffloadRule#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.nftoffload.model.AbstractOffloadRule#getComment()
	 * @see #getAbstractOffloadRule()
	 * @generated
	 */
	EAttribute getAbstractOffloadRule_Comment();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.OffloadRule <em>Offload Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offload Rule</em>'.
	 * @see org.nftoffload.model.OffloadRule
	 * @generated
	 */
	EClass getOffloadRule();

	/**
	 * Returns the meta object for the reference '{@link org.nftoffload.model.OffloadRule#getFlowtable <em>Flowtable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Flowtable</em>'.
	 * @see org.nftoffload.model.OffloadRule#getFlowtable()
	 * @see #getOffloadRule()
	 * @generated
	 */
	EReference getOffloadRule_Flowtable();

	/**
	 * Returns the meta object for the reference list '{@link org.nftoffload.model.OffloadRule#getInputInterfaces <em>Input Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Input Interfaces</em>'.
	 * @see org.nftoffload.model.OffloadRule#getInputInterfaces()
	 * @see #getOffloadRule()
	 * @generated
	 */
	EReference getOffloadRule_InputInterfaces();

	/**
	 * Returns the meta object for the reference list '{@link org.nftoffload.model.OffloadRule#getOutputInterfaces <em>Output Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Output Interfaces</em>'.
	 * @see org.nftoffload.model.OffloadRule#getOutputInterfaces()
	 * @see #getOffloadRule()
	 * @generated
	 */
	EReference getOffloadRule_OutputInterfaces();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.OffloadRule#getFlowtableName <em>Flowtable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flowtable Name</em>'.
	 * @see org.nftoffload.model.OffloadRule#getFlowtableName()
	 * @see #getOffloadRule()
	 * @generated
	 */
	EAttribute getOffloadRule_FlowtableName();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.OffloadRule#getChain <em>Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain</em>'.
	 * @see org.nftoffload.model.OffloadRule#getChain()
	 * @see #getOffloadRule()
	 * @generated
	 */
	EAttribute getOffloadRule_Chain();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.ModuleState <em>Module State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Module State</em>'.
	 * @see org.nftoffload.model.ModuleState
	 * @generated
	 */
	EClass getModuleState();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.ModuleState#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.ModuleState#getName()
	 * @see #getModuleState()
	 * @generated
	 */
	EAttribute getModuleState_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.ModuleState#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.nftoffload.model.ModuleState#getStatus()
	 * @see #getModuleState()
	 * @generated
	 */
	EAttribute getModuleState_Status();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.SysctlSettings <em>Sysctl Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sysctl Settings</em>'.
	 * @see org.nftoffload.model.SysctlSettings
	 * @generated
	 */
	EClass getSysctlSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.SysctlSettings#getFlowtableTcpTimeout <em>Flowtable Tcp Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flowtable Tcp Timeout</em>'.
	 * @see org.nftoffload.model.SysctlSettings#getFlowtableTcpTimeout()
	 * @see #getSysctlSettings()
	 * @generated
	 */
	EAttribute getSysctlSettings_FlowtableTcpTimeout();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.SysctlSettings#getFlowtableUdpTimeout <em>Flowtable Udp Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flowtable Udp Timeout</em>'.
	 * @see org.nftoffload.model.SysctlSettings#getFlowtableUdpTimeout()
	 * @see #getSysctlSettings()
	 * @generated
	 */
	EAttribute getSysctlSettings_FlowtableUdpTimeout();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.SysctlSettings#getConntrackAcct <em>Conntrack Acct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conntrack Acct</em>'.
	 * @see org.nftoffload.model.SysctlSettings#getConntrackAcct()
	 * @see #getSysctlSettings()
	 * @generated
	 */
	EAttribute getSysctlSettings_ConntrackAcct();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.SysctlSettings#getOverriddenFeatures <em>Overridden Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Overridden Features</em>'.
	 * @see org.nftoffload.model.SysctlSettings#getOverriddenFeatures()
	 * @see #getSysctlSettings()
	 * @generated
	 */
	EAttribute getSysctlSettings_OverriddenFeatures();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.ObservedSysctl <em>Observed Sysctl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observed Sysctl</em>'.
	 * @see org.nftoffload.model.ObservedSysctl
	 * @generated
	 */
	EClass getObservedSysctl();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.ObservedSysctl#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.ObservedSysctl#getName()
	 * @see #getObservedSysctl()
	 * @generated
	 */
	EAttribute getObservedSysctl_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.ObservedSysctl#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.nftoffload.model.ObservedSysctl#getValue()
	 * @see #getObservedSysctl()
	 * @generated
	 */
	EAttribute getObservedSysctl_Value();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.OffloadSettings <em>Offload Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offload Settings</em>'.
	 * @see org.nftoffload.model.OffloadSettings
	 * @generated
	 */
	EClass getOffloadSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.OffloadSettings#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.nftoffload.model.OffloadSettings#getPriority()
	 * @see #getOffloadSettings()
	 * @generated
	 */
	EAttribute getOffloadSettings_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.OffloadSettings#getOffloadMode <em>Offload Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offload Mode</em>'.
	 * @see org.nftoffload.model.OffloadSettings#getOffloadMode()
	 * @see #getOffloadSettings()
	 * @generated
	 */
	EAttribute getOffloadSettings_OffloadMode();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.OffloadSettings#getCounter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counter</em>'.
	 * @see org.nftoffload.model.OffloadSettings#getCounter()
	 * @see #getOffloadSettings()
	 * @generated
	 */
	EAttribute getOffloadSettings_Counter();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.OffloadSettings#getFlowtableTcpTimeout <em>Flowtable Tcp Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flowtable Tcp Timeout</em>'.
	 * @see org.nftoffload.model.OffloadSettings#getFlowtableTcpTimeout()
	 * @see #getOffloadSettings()
	 * @generated
	 */
	EAttribute getOffloadSettings_FlowtableTcpTimeout();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.OffloadSettings#getFlowtableUdpTimeout <em>Flowtable Udp Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flowtable Udp Timeout</em>'.
	 * @see org.nftoffload.model.OffloadSettings#getFlowtableUdpTimeout()
	 * @see #getOffloadSettings()
	 * @generated
	 */
	EAttribute getOffloadSettings_FlowtableUdpTimeout();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.ObservedTable <em>Observed Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observed Table</em>'.
	 * @see org.nftoffload.model.ObservedTable
	 * @generated
	 */
	EClass getObservedTable();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.ObservedTable#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.nftoffload.model.ObservedTable#getFamily()
	 * @see #getObservedTable()
	 * @generated
	 */
	EAttribute getObservedTable_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.ObservedTable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.ObservedTable#getName()
	 * @see #getObservedTable()
	 * @generated
	 */
	EAttribute getObservedTable_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.ObservedTable#getFlowtables <em>Flowtables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flowtables</em>'.
	 * @see org.nftoffload.model.ObservedTable#getFlowtables()
	 * @see #getObservedTable()
	 * @generated
	 */
	EReference getObservedTable_Flowtables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.ObservedTable#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.nftoffload.model.ObservedTable#getRules()
	 * @see #getObservedTable()
	 * @generated
	 */
	EReference getObservedTable_Rules();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.FlowtableProfile <em>Flowtable Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flowtable Profile</em>'.
	 * @see org.nftoffload.model.FlowtableProfile
	 * @generated
	 */
	EClass getFlowtableProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.FlowtableProfile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nftoffload.model.FlowtableProfile#getName()
	 * @see #getFlowtableProfile()
	 * @generated
	 */
	EAttribute getFlowtableProfile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.FlowtableProfile#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nftoffload.model.FlowtableProfile#getDescription()
	 * @see #getFlowtableProfile()
	 * @generated
	 */
	EAttribute getFlowtableProfile_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.FlowtableProfile#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.nftoffload.model.FlowtableProfile#getRoles()
	 * @see #getFlowtableProfile()
	 * @generated
	 */
	EAttribute getFlowtableProfile_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.FlowtableProfile#getFlowtables <em>Flowtables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flowtables</em>'.
	 * @see org.nftoffload.model.FlowtableProfile#getFlowtables()
	 * @see #getFlowtableProfile()
	 * @generated
	 */
	EReference getFlowtableProfile_Flowtables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nftoffload.model.FlowtableProfile#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.nftoffload.model.FlowtableProfile#getRules()
	 * @see #getFlowtableProfile()
	 * @generated
	 */
	EReference getFlowtableProfile_Rules();

	/**
	 * Returns the meta object for the containment reference '{@link org.nftoffload.model.FlowtableProfile#getSysctls <em>Sysctls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sysctls</em>'.
	 * @see org.nftoffload.model.FlowtableProfile#getSysctls()
	 * @see #getFlowtableProfile()
	 * @generated
	 */
	EReference getFlowtableProfile_Sysctls();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.FlowtableTemplate <em>Flowtable Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flowtable Template</em>'.
	 * @see org.nftoffload.model.FlowtableTemplate
	 * @generated
	 */
	EClass getFlowtableTemplate();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.FlowtableTemplate#getDeviceRoles <em>Device Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Device Roles</em>'.
	 * @see org.nftoffload.model.FlowtableTemplate#getDeviceRoles()
	 * @see #getFlowtableTemplate()
	 * @generated
	 */
	EAttribute getFlowtableTemplate_DeviceRoles();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.RuleTemplate <em>Rule Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Template</em>'.
	 * @see org.nftoffload.model.RuleTemplate
	 * @generated
	 */
	EClass getRuleTemplate();

	/**
	 * Returns the meta object for the reference '{@link org.nftoffload.model.RuleTemplate#getFlowtable <em>Flowtable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Flowtable</em>'.
	 * @see org.nftoffload.model.RuleTemplate#getFlowtable()
	 * @see #getRuleTemplate()
	 * @generated
	 */
	EReference getRuleTemplate_Flowtable();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.RuleTemplate#getInputRoles <em>Input Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Input Roles</em>'.
	 * @see org.nftoffload.model.RuleTemplate#getInputRoles()
	 * @see #getRuleTemplate()
	 * @generated
	 */
	EAttribute getRuleTemplate_InputRoles();

	/**
	 * Returns the meta object for the attribute list '{@link org.nftoffload.model.RuleTemplate#getOutputRoles <em>Output Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Output Roles</em>'.
	 * @see org.nftoffload.model.RuleTemplate#getOutputRoles()
	 * @see #getRuleTemplate()
	 * @generated
	 */
	EAttribute getRuleTemplate_OutputRoles();

	/**
	 * Returns the meta object for class '{@link org.nftoffload.model.RoleBinding <em>Role Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Binding</em>'.
	 * @see org.nftoffload.model.RoleBinding
	 * @generated
	 */
	EClass getRoleBinding();

	/**
	 * Returns the meta object for the attribute '{@link org.nftoffload.model.RoleBinding#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.nftoffload.model.RoleBinding#getRole()
	 * @see #getRoleBinding()
	 * @generated
	 */
	EAttribute getRoleBinding_Role();

	/**
	 * Returns the meta object for the reference list '{@link org.nftoffload.model.RoleBinding#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Devices</em>'.
	 * @see org.nftoffload.model.RoleBinding#getDevices()
	 * @see #getRoleBinding()
	 * @generated
	 */
	EReference getRoleBinding_Devices();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.ApplyStatus <em>Apply Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Apply Status</em>'.
	 * @see org.nftoffload.model.ApplyStatus
	 * @generated
	 */
	EEnum getApplyStatus();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.AuthMethod <em>Auth Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Auth Method</em>'.
	 * @see org.nftoffload.model.AuthMethod
	 * @generated
	 */
	EEnum getAuthMethod();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.HardwareOffloadVerdict <em>Hardware Offload Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hardware Offload Verdict</em>'.
	 * @see org.nftoffload.model.HardwareOffloadVerdict
	 * @generated
	 */
	EEnum getHardwareOffloadVerdict();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.InterfaceKind <em>Interface Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Kind</em>'.
	 * @see org.nftoffload.model.InterfaceKind
	 * @generated
	 */
	EEnum getInterfaceKind();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.HwTcOffloadState <em>Hw Tc Offload State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hw Tc Offload State</em>'.
	 * @see org.nftoffload.model.HwTcOffloadState
	 * @generated
	 */
	EEnum getHwTcOffloadState();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.EswitchMode <em>Eswitch Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Eswitch Mode</em>'.
	 * @see org.nftoffload.model.EswitchMode
	 * @generated
	 */
	EEnum getEswitchMode();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.Family <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Family</em>'.
	 * @see org.nftoffload.model.Family
	 * @generated
	 */
	EEnum getFamily();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.OffloadMode <em>Offload Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Offload Mode</em>'.
	 * @see org.nftoffload.model.OffloadMode
	 * @generated
	 */
	EEnum getOffloadMode();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol</em>'.
	 * @see org.nftoffload.model.Protocol
	 * @generated
	 */
	EEnum getProtocol();

	/**
	 * Returns the meta object for enum '{@link org.nftoffload.model.ModuleStatus <em>Module Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Module Status</em>'.
	 * @see org.nftoffload.model.ModuleStatus
	 * @generated
	 */
	EEnum getModuleStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.FleetImpl <em>Fleet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.FleetImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getFleet()
		 * @generated
		 */
		EClass FLEET = eINSTANCE.getFleet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLEET__NAME = eINSTANCE.getFleet_Name();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__GROUPS = eINSTANCE.getFleet_Groups();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__HOSTS = eINSTANCE.getFleet_Hosts();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__PROFILES = eINSTANCE.getFleet_Profiles();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.HostGroupImpl <em>Host Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.HostGroupImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getHostGroup()
		 * @generated
		 */
		EClass HOST_GROUP = eINSTANCE.getHostGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_GROUP__NAME = eINSTANCE.getHostGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST_GROUP__HOSTS = eINSTANCE.getHostGroup_Hosts();

		/**
		 * The meta object literal for the '<em><b>Applied Profile</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST_GROUP__APPLIED_PROFILE = eINSTANCE.getHostGroup_AppliedProfile();

		/**
		 * The meta object literal for the '<em><b>Subgroups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST_GROUP__SUBGROUPS = eINSTANCE.getHostGroup_Subgroups();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST_GROUP__SETTINGS = eINSTANCE.getHostGroup_Settings();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.HostImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NAME = eINSTANCE.getHost_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ADDRESS = eINSTANCE.getHost_Address();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__PORT = eINSTANCE.getHost_Port();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__USER = eINSTANCE.getHost_User();

		/**
		 * The meta object literal for the '<em><b>Auth Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__AUTH_METHOD = eINSTANCE.getHost_AuthMethod();

		/**
		 * The meta object literal for the '<em><b>Identity File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__IDENTITY_FILE = eINSTANCE.getHost_IdentityFile();

		/**
		 * The meta object literal for the '<em><b>Jump Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__JUMP_HOST = eINSTANCE.getHost_JumpHost();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__TAGS = eINSTANCE.getHost_Tags();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NOTES = eINSTANCE.getHost_Notes();

		/**
		 * The meta object literal for the '<em><b>Distribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__DISTRIBUTION = eINSTANCE.getHost_Distribution();

		/**
		 * The meta object literal for the '<em><b>Kernel Release</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__KERNEL_RELEASE = eINSTANCE.getHost_KernelRelease();

		/**
		 * The meta object literal for the '<em><b>Software Flowtable Supported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__SOFTWARE_FLOWTABLE_SUPPORTED = eINSTANCE.getHost_SoftwareFlowtableSupported();

		/**
		 * The meta object literal for the '<em><b>Flowtable Counter Supported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__FLOWTABLE_COUNTER_SUPPORTED = eINSTANCE.getHost_FlowtableCounterSupported();

		/**
		 * The meta object literal for the '<em><b>Hardware Offload Supported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__HARDWARE_OFFLOAD_SUPPORTED = eINSTANCE.getHost_HardwareOffloadSupported();

		/**
		 * The meta object literal for the '<em><b>Probe Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__PROBE_TIME = eINSTANCE.getHost_ProbeTime();

		/**
		 * The meta object literal for the '<em><b>Modules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__MODULES = eINSTANCE.getHost_Modules();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__INTERFACES = eINSTANCE.getHost_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Sysctls</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__SYSCTLS = eINSTANCE.getHost_Sysctls();

		/**
		 * The meta object literal for the '<em><b>Observed Sysctls</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__OBSERVED_SYSCTLS = eINSTANCE.getHost_ObservedSysctls();

		/**
		 * The meta object literal for the '<em><b>Table Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__TABLE_NAME = eINSTANCE.getHost_TableName();

		/**
		 * The meta object literal for the '<em><b>Flowtables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__FLOWTABLES = eINSTANCE.getHost_Flowtables();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__RULES = eINSTANCE.getHost_Rules();

		/**
		 * The meta object literal for the '<em><b>Observed Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__OBSERVED_TABLES = eINSTANCE.getHost_ObservedTables();

		/**
		 * The meta object literal for the '<em><b>Applied Profile</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__APPLIED_PROFILE = eINSTANCE.getHost_AppliedProfile();

		/**
		 * The meta object literal for the '<em><b>Role Bindings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__ROLE_BINDINGS = eINSTANCE.getHost_RoleBindings();

		/**
		 * The meta object literal for the '<em><b>Last Apply Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__LAST_APPLY_STATUS = eINSTANCE.getHost_LastApplyStatus();

		/**
		 * The meta object literal for the '<em><b>Last Apply Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__LAST_APPLY_TIME = eINSTANCE.getHost_LastApplyTime();

		/**
		 * The meta object literal for the '<em><b>Last Apply Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__LAST_APPLY_MESSAGE = eINSTANCE.getHost_LastApplyMessage();

		/**
		 * The meta object literal for the '<em><b>Last Apply Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__LAST_APPLY_GENERATION = eINSTANCE.getHost_LastApplyGeneration();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.NetworkInterfaceImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getNetworkInterface()
		 * @generated
		 */
		EClass NETWORK_INTERFACE = eINSTANCE.getNetworkInterface();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__NAME = eINSTANCE.getNetworkInterface_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__KIND = eINSTANCE.getNetworkInterface_Kind();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__DRIVER = eINSTANCE.getNetworkInterface_Driver();

		/**
		 * The meta object literal for the '<em><b>Lower Devices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_INTERFACE__LOWER_DEVICES = eINSTANCE.getNetworkInterface_LowerDevices();

		/**
		 * The meta object literal for the '<em><b>Hw Tc Offload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__HW_TC_OFFLOAD = eINSTANCE.getNetworkInterface_HwTcOffload();

		/**
		 * The meta object literal for the '<em><b>Eswitch Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__ESWITCH_MODE = eINSTANCE.getNetworkInterface_EswitchMode();

		/**
		 * The meta object literal for the '<em><b>Hardware Offload Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT = eINSTANCE.getNetworkInterface_HardwareOffloadVerdict();

		/**
		 * The meta object literal for the '<em><b>Hardware Offload Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE = eINSTANCE.getNetworkInterface_HardwareOffloadMessage();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__MTU = eINSTANCE.getNetworkInterface_Mtu();

		/**
		 * The meta object literal for the '<em><b>Speed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__SPEED = eINSTANCE.getNetworkInterface_Speed();

		/**
		 * The meta object literal for the '<em><b>Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__UP = eINSTANCE.getNetworkInterface_Up();

		/**
		 * The meta object literal for the '<em><b>Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__PRESENT = eINSTANCE.getNetworkInterface_Present();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.AbstractFlowtableImpl <em>Abstract Flowtable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.AbstractFlowtableImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getAbstractFlowtable()
		 * @generated
		 */
		EClass ABSTRACT_FLOWTABLE = eINSTANCE.getAbstractFlowtable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_FLOWTABLE__NAME = eINSTANCE.getAbstractFlowtable_Name();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_FLOWTABLE__FAMILY = eINSTANCE.getAbstractFlowtable_Family();

		/**
		 * The meta object literal for the '<em><b>Hook</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_FLOWTABLE__HOOK = eINSTANCE.getAbstractFlowtable_Hook();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_FLOWTABLE__PRIORITY = eINSTANCE.getAbstractFlowtable_Priority();

		/**
		 * The meta object literal for the '<em><b>Offload Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_FLOWTABLE__OFFLOAD_MODE = eINSTANCE.getAbstractFlowtable_OffloadMode();

		/**
		 * The meta object literal for the '<em><b>Counter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_FLOWTABLE__COUNTER = eINSTANCE.getAbstractFlowtable_Counter();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.FlowtableImpl <em>Flowtable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.FlowtableImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getFlowtable()
		 * @generated
		 */
		EClass FLOWTABLE = eINSTANCE.getFlowtable();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOWTABLE__DEVICES = eINSTANCE.getFlowtable_Devices();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOWTABLE__TEMPLATE = eINSTANCE.getFlowtable_Template();

		/**
		 * The meta object literal for the '<em><b>Overridden Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOWTABLE__OVERRIDDEN_FEATURES = eINSTANCE.getFlowtable_OverriddenFeatures();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.AbstractOffloadRuleImpl <em>Abstract Offload Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.AbstractOffloadRuleImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getAbstractOffloadRule()
		 * @generated
		 */
		EClass ABSTRACT_OFFLOAD_RULE = eINSTANCE.getAbstractOffloadRule();

		/**
		 * The meta object literal for the '<em><b>Protocols</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_OFFLOAD_RULE__PROTOCOLS = eINSTANCE.getAbstractOffloadRule_Protocols();

		/**
		 * The meta object literal for the '<em><b>Source Prefixes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES = eINSTANCE.getAbstractOffloadRule_SourcePrefixes();

		/**
		 * The meta object literal for the '<em><b>Destination Prefixes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES = eINSTANCE.getAbstractOffloadRule_DestinationPrefixes();

		/**
		 * The meta object literal for the '<em><b>Exclude Marked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED = eINSTANCE.getAbstractOffloadRule_ExcludeMarked();

		/**
		 * The meta object literal for the '<em><b>Exclude Natted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED = eINSTANCE.getAbstractOffloadRule_ExcludeNatted();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_OFFLOAD_RULE__COMMENT = eINSTANCE.getAbstractOffloadRule_Comment();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.OffloadRuleImpl <em>Offload Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.OffloadRuleImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getOffloadRule()
		 * @generated
		 */
		EClass OFFLOAD_RULE = eINSTANCE.getOffloadRule();

		/**
		 * The meta object literal for the '<em><b>Flowtable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFLOAD_RULE__FLOWTABLE = eINSTANCE.getOffloadRule_Flowtable();

		/**
		 * The meta object literal for the '<em><b>Input Interfaces</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFLOAD_RULE__INPUT_INTERFACES = eINSTANCE.getOffloadRule_InputInterfaces();

		/**
		 * The meta object literal for the '<em><b>Output Interfaces</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFLOAD_RULE__OUTPUT_INTERFACES = eINSTANCE.getOffloadRule_OutputInterfaces();

		/**
		 * The meta object literal for the '<em><b>Flowtable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOAD_RULE__FLOWTABLE_NAME = eINSTANCE.getOffloadRule_FlowtableName();

		/**
		 * The meta object literal for the '<em><b>Chain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOAD_RULE__CHAIN = eINSTANCE.getOffloadRule_Chain();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.ModuleStateImpl <em>Module State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.ModuleStateImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getModuleState()
		 * @generated
		 */
		EClass MODULE_STATE = eINSTANCE.getModuleState();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE_STATE__NAME = eINSTANCE.getModuleState_Name();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE_STATE__STATUS = eINSTANCE.getModuleState_Status();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.SysctlSettingsImpl <em>Sysctl Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.SysctlSettingsImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getSysctlSettings()
		 * @generated
		 */
		EClass SYSCTL_SETTINGS = eINSTANCE.getSysctlSettings();

		/**
		 * The meta object literal for the '<em><b>Flowtable Tcp Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT = eINSTANCE.getSysctlSettings_FlowtableTcpTimeout();

		/**
		 * The meta object literal for the '<em><b>Flowtable Udp Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT = eINSTANCE.getSysctlSettings_FlowtableUdpTimeout();

		/**
		 * The meta object literal for the '<em><b>Conntrack Acct</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSCTL_SETTINGS__CONNTRACK_ACCT = eINSTANCE.getSysctlSettings_ConntrackAcct();

		/**
		 * The meta object literal for the '<em><b>Overridden Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSCTL_SETTINGS__OVERRIDDEN_FEATURES = eINSTANCE.getSysctlSettings_OverriddenFeatures();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.ObservedSysctlImpl <em>Observed Sysctl</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.ObservedSysctlImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getObservedSysctl()
		 * @generated
		 */
		EClass OBSERVED_SYSCTL = eINSTANCE.getObservedSysctl();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVED_SYSCTL__NAME = eINSTANCE.getObservedSysctl_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVED_SYSCTL__VALUE = eINSTANCE.getObservedSysctl_Value();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.OffloadSettingsImpl <em>Offload Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.OffloadSettingsImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getOffloadSettings()
		 * @generated
		 */
		EClass OFFLOAD_SETTINGS = eINSTANCE.getOffloadSettings();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOAD_SETTINGS__PRIORITY = eINSTANCE.getOffloadSettings_Priority();

		/**
		 * The meta object literal for the '<em><b>Offload Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOAD_SETTINGS__OFFLOAD_MODE = eINSTANCE.getOffloadSettings_OffloadMode();

		/**
		 * The meta object literal for the '<em><b>Counter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOAD_SETTINGS__COUNTER = eINSTANCE.getOffloadSettings_Counter();

		/**
		 * The meta object literal for the '<em><b>Flowtable Tcp Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT = eINSTANCE.getOffloadSettings_FlowtableTcpTimeout();

		/**
		 * The meta object literal for the '<em><b>Flowtable Udp Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT = eINSTANCE.getOffloadSettings_FlowtableUdpTimeout();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.ObservedTableImpl <em>Observed Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.ObservedTableImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getObservedTable()
		 * @generated
		 */
		EClass OBSERVED_TABLE = eINSTANCE.getObservedTable();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVED_TABLE__FAMILY = eINSTANCE.getObservedTable_Family();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVED_TABLE__NAME = eINSTANCE.getObservedTable_Name();

		/**
		 * The meta object literal for the '<em><b>Flowtables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVED_TABLE__FLOWTABLES = eINSTANCE.getObservedTable_Flowtables();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVED_TABLE__RULES = eINSTANCE.getObservedTable_Rules();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.FlowtableProfileImpl <em>Flowtable Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.FlowtableProfileImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getFlowtableProfile()
		 * @generated
		 */
		EClass FLOWTABLE_PROFILE = eINSTANCE.getFlowtableProfile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOWTABLE_PROFILE__NAME = eINSTANCE.getFlowtableProfile_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOWTABLE_PROFILE__DESCRIPTION = eINSTANCE.getFlowtableProfile_Description();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOWTABLE_PROFILE__ROLES = eINSTANCE.getFlowtableProfile_Roles();

		/**
		 * The meta object literal for the '<em><b>Flowtables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOWTABLE_PROFILE__FLOWTABLES = eINSTANCE.getFlowtableProfile_Flowtables();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOWTABLE_PROFILE__RULES = eINSTANCE.getFlowtableProfile_Rules();

		/**
		 * The meta object literal for the '<em><b>Sysctls</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOWTABLE_PROFILE__SYSCTLS = eINSTANCE.getFlowtableProfile_Sysctls();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.FlowtableTemplateImpl <em>Flowtable Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.FlowtableTemplateImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getFlowtableTemplate()
		 * @generated
		 */
		EClass FLOWTABLE_TEMPLATE = eINSTANCE.getFlowtableTemplate();

		/**
		 * The meta object literal for the '<em><b>Device Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOWTABLE_TEMPLATE__DEVICE_ROLES = eINSTANCE.getFlowtableTemplate_DeviceRoles();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.RuleTemplateImpl <em>Rule Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.RuleTemplateImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getRuleTemplate()
		 * @generated
		 */
		EClass RULE_TEMPLATE = eINSTANCE.getRuleTemplate();

		/**
		 * The meta object literal for the '<em><b>Flowtable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_TEMPLATE__FLOWTABLE = eINSTANCE.getRuleTemplate_Flowtable();

		/**
		 * The meta object literal for the '<em><b>Input Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_TEMPLATE__INPUT_ROLES = eINSTANCE.getRuleTemplate_InputRoles();

		/**
		 * The meta object literal for the '<em><b>Output Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_TEMPLATE__OUTPUT_ROLES = eINSTANCE.getRuleTemplate_OutputRoles();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.impl.RoleBindingImpl <em>Role Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.impl.RoleBindingImpl
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getRoleBinding()
		 * @generated
		 */
		EClass ROLE_BINDING = eINSTANCE.getRoleBinding();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_BINDING__ROLE = eINSTANCE.getRoleBinding_Role();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_BINDING__DEVICES = eINSTANCE.getRoleBinding_Devices();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.ApplyStatus <em>Apply Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.ApplyStatus
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getApplyStatus()
		 * @generated
		 */
		EEnum APPLY_STATUS = eINSTANCE.getApplyStatus();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.AuthMethod <em>Auth Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.AuthMethod
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getAuthMethod()
		 * @generated
		 */
		EEnum AUTH_METHOD = eINSTANCE.getAuthMethod();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.HardwareOffloadVerdict <em>Hardware Offload Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.HardwareOffloadVerdict
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getHardwareOffloadVerdict()
		 * @generated
		 */
		EEnum HARDWARE_OFFLOAD_VERDICT = eINSTANCE.getHardwareOffloadVerdict();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.InterfaceKind <em>Interface Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.InterfaceKind
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getInterfaceKind()
		 * @generated
		 */
		EEnum INTERFACE_KIND = eINSTANCE.getInterfaceKind();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.HwTcOffloadState <em>Hw Tc Offload State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.HwTcOffloadState
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getHwTcOffloadState()
		 * @generated
		 */
		EEnum HW_TC_OFFLOAD_STATE = eINSTANCE.getHwTcOffloadState();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.EswitchMode <em>Eswitch Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.EswitchMode
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getEswitchMode()
		 * @generated
		 */
		EEnum ESWITCH_MODE = eINSTANCE.getEswitchMode();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.Family <em>Family</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.Family
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getFamily()
		 * @generated
		 */
		EEnum FAMILY = eINSTANCE.getFamily();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.OffloadMode <em>Offload Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.OffloadMode
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getOffloadMode()
		 * @generated
		 */
		EEnum OFFLOAD_MODE = eINSTANCE.getOffloadMode();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.Protocol <em>Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.Protocol
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getProtocol()
		 * @generated
		 */
		EEnum PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '{@link org.nftoffload.model.ModuleStatus <em>Module Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nftoffload.model.ModuleStatus
		 * @see org.nftoffload.model.impl.ModelPackageImpl#getModuleStatus()
		 * @generated
		 */
		EEnum MODULE_STATUS = eINSTANCE.getModuleStatus();

	}

} //ModelPackage
