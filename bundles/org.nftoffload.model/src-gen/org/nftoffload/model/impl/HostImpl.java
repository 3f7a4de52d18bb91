/**
 */
package org.nftoffload.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.AuthMethod;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedSysctl;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.SysctlSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getUser <em>User</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getAuthMethod <em>Auth Method</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getIdentityFile <em>Identity File</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getJumpHost <em>Jump Host</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getKernelRelease <em>Kernel Release</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getSoftwareFlowtableSupported <em>Software Flowtable Supported</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getFlowtableCounterSupported <em>Flowtable Counter Supported</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getHardwareOffloadSupported <em>Hardware Offload Supported</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getProbeTime <em>Probe Time</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getModules <em>Modules</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getSysctls <em>Sysctls</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getObservedSysctls <em>Observed Sysctls</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getFlowtables <em>Flowtables</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getObservedTables <em>Observed Tables</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getAppliedProfile <em>Applied Profile</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getRoleBindings <em>Role Bindings</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getLastApplyStatus <em>Last Apply Status</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getLastApplyTime <em>Last Apply Time</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getLastApplyMessage <em>Last Apply Message</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.HostImpl#getLastApplyGeneration <em>Last Apply Generation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends EObjectImpl implements Host {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 22;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = "root";

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthMethod() <em>Auth Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthMethod()
	 * @generated
	 * @ordered
	 */
	protected static final AuthMethod AUTH_METHOD_EDEFAULT = AuthMethod.KEY;

	/**
	 * The cached value of the '{@link #getAuthMethod() <em>Auth Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthMethod()
	 * @generated
	 * @ordered
	 */
	protected AuthMethod authMethod = AUTH_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentityFile() <em>Identity File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityFile()
	 * @generated
	 * @ordered
	 */
	protected static final String IDENTITY_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentityFile() <em>Identity File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityFile()
	 * @generated
	 * @ordered
	 */
	protected String identityFile = IDENTITY_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getJumpHost() <em>Jump Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJumpHost()
	 * @generated
	 * @ordered
	 */
	protected static final String JUMP_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJumpHost() <em>Jump Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJumpHost()
	 * @generated
	 * @ordered
	 */
	protected String jumpHost = JUMP_HOST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDistribution() <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected static final String DISTRIBUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDistribution() <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected String distribution = DISTRIBUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernelRelease() <em>Kernel Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelRelease()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_RELEASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernelRelease() <em>Kernel Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelRelease()
	 * @generated
	 * @ordered
	 */
	protected String kernelRelease = KERNEL_RELEASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSoftwareFlowtableSupported() <em>Software Flowtable Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareFlowtableSupported()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SOFTWARE_FLOWTABLE_SUPPORTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSoftwareFlowtableSupported() <em>Software Flowtable Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareFlowtableSupported()
	 * @generated
	 * @ordered
	 */
	protected Boolean softwareFlowtableSupported = SOFTWARE_FLOWTABLE_SUPPORTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlowtableCounterSupported() <em>Flowtable Counter Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtableCounterSupported()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean FLOWTABLE_COUNTER_SUPPORTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlowtableCounterSupported() <em>Flowtable Counter Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtableCounterSupported()
	 * @generated
	 * @ordered
	 */
	protected Boolean flowtableCounterSupported = FLOWTABLE_COUNTER_SUPPORTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardwareOffloadSupported() <em>Hardware Offload Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareOffloadSupported()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean HARDWARE_OFFLOAD_SUPPORTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHardwareOffloadSupported() <em>Hardware Offload Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareOffloadSupported()
	 * @generated
	 * @ordered
	 */
	protected Boolean hardwareOffloadSupported = HARDWARE_OFFLOAD_SUPPORTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbeTime() <em>Probe Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date PROBE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProbeTime() <em>Probe Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeTime()
	 * @generated
	 * @ordered
	 */
	protected Date probeTime = PROBE_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModules() <em>Modules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModules()
	 * @generated
	 * @ordered
	 */
	protected EList<ModuleState> modules;

	/**
	 * The cached value of the '{@link #getInterfaces() <em>Interfaces</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInterface> interfaces;

	/**
	 * The cached value of the '{@link #getSysctls() <em>Sysctls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysctls()
	 * @generated
	 * @ordered
	 */
	protected SysctlSettings sysctls;

	/**
	 * The cached value of the '{@link #getObservedSysctls() <em>Observed Sysctls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedSysctls()
	 * @generated
	 * @ordered
	 */
	protected EList<ObservedSysctl> observedSysctls;

	/**
	 * The default value of the '{@link #getTableName() <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableName()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_NAME_EDEFAULT = "nftoffload";

	/**
	 * The cached value of the '{@link #getTableName() <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableName()
	 * @generated
	 * @ordered
	 */
	protected String tableName = TABLE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlowtables() <em>Flowtables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtables()
	 * @generated
	 * @ordered
	 */
	protected EList<Flowtable> flowtables;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<OffloadRule> rules;

	/**
	 * The cached value of the '{@link #getObservedTables() <em>Observed Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedTables()
	 * @generated
	 * @ordered
	 */
	protected EList<ObservedTable> observedTables;

	/**
	 * The cached value of the '{@link #getAppliedProfile() <em>Applied Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliedProfile()
	 * @generated
	 * @ordered
	 */
	protected FlowtableProfile appliedProfile;

	/**
	 * The cached value of the '{@link #getRoleBindings() <em>Role Bindings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoleBindings()
	 * @generated
	 * @ordered
	 */
	protected EList<RoleBinding> roleBindings;

	/**
	 * The default value of the '{@link #getLastApplyStatus() <em>Last Apply Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastApplyStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ApplyStatus LAST_APPLY_STATUS_EDEFAULT = ApplyStatus.NEVER;

	/**
	 * The cached value of the '{@link #getLastApplyStatus() <em>Last Apply Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastApplyStatus()
	 * @generated
	 * @ordered
	 */
	protected ApplyStatus lastApplyStatus = LAST_APPLY_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastApplyTime() <em>Last Apply Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastApplyTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_APPLY_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastApplyTime() <em>Last Apply Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastApplyTime()
	 * @generated
	 * @ordered
	 */
	protected Date lastApplyTime = LAST_APPLY_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastApplyMessage() <em>Last Apply Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastApplyMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_APPLY_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastApplyMessage() <em>Last Apply Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastApplyMessage()
	 * @generated
	 * @ordered
	 */
	protected String lastApplyMessage = LAST_APPLY_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastApplyGeneration() <em>Last Apply Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastApplyGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_APPLY_GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastApplyGeneration() <em>Last Apply Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastApplyGeneration()
	 * @generated
	 * @ordered
	 */
	protected String lastApplyGeneration = LAST_APPLY_GENERATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuthMethod getAuthMethod() {
		return authMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthMethod(AuthMethod newAuthMethod) {
		AuthMethod oldAuthMethod = authMethod;
		authMethod = newAuthMethod == null ? AUTH_METHOD_EDEFAULT : newAuthMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__AUTH_METHOD, oldAuthMethod, authMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdentityFile() {
		return identityFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentityFile(String newIdentityFile) {
		String oldIdentityFile = identityFile;
		identityFile = newIdentityFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__IDENTITY_FILE, oldIdentityFile, identityFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJumpHost() {
		return jumpHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJumpHost(String newJumpHost) {
		String oldJumpHost = jumpHost;
		jumpHost = newJumpHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__JUMP_HOST, oldJumpHost, jumpHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.HOST__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDistribution() {
		return distribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistribution(String newDistribution) {
		String oldDistribution = distribution;
		distribution = newDistribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__DISTRIBUTION, oldDistribution, distribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernelRelease() {
		return kernelRelease;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelRelease(String newKernelRelease) {
		String oldKernelRelease = kernelRelease;
		kernelRelease = newKernelRelease;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__KERNEL_RELEASE, oldKernelRelease, kernelRelease));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSoftwareFlowtableSupported() {
		return softwareFlowtableSupported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftwareFlowtableSupported(Boolean newSoftwareFlowtableSupported) {
		Boolean oldSoftwareFlowtableSupported = softwareFlowtableSupported;
		softwareFlowtableSupported = newSoftwareFlowtableSupported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__SOFTWARE_FLOWTABLE_SUPPORTED, oldSoftwareFlowtableSupported, softwareFlowtableSupported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getFlowtableCounterSupported() {
		return flowtableCounterSupported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlowtableCounterSupported(Boolean newFlowtableCounterSupported) {
		Boolean oldFlowtableCounterSupported = flowtableCounterSupported;
		flowtableCounterSupported = newFlowtableCounterSupported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__FLOWTABLE_COUNTER_SUPPORTED, oldFlowtableCounterSupported, flowtableCounterSupported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getHardwareOffloadSupported() {
		return hardwareOffloadSupported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareOffloadSupported(Boolean newHardwareOffloadSupported) {
		Boolean oldHardwareOffloadSupported = hardwareOffloadSupported;
		hardwareOffloadSupported = newHardwareOffloadSupported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__HARDWARE_OFFLOAD_SUPPORTED, oldHardwareOffloadSupported, hardwareOffloadSupported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getProbeTime() {
		return probeTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeTime(Date newProbeTime) {
		Date oldProbeTime = probeTime;
		probeTime = newProbeTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__PROBE_TIME, oldProbeTime, probeTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModuleState> getModules() {
		if (modules == null) {
			modules = new EObjectContainmentEList<ModuleState>(ModuleState.class, this, ModelPackage.HOST__MODULES);
		}
		return modules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInterface> getInterfaces() {
		if (interfaces == null) {
			interfaces = new EObjectContainmentEList<NetworkInterface>(NetworkInterface.class, this, ModelPackage.HOST__INTERFACES);
		}
		return interfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SysctlSettings getSysctls() {
		return sysctls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSysctls(SysctlSettings newSysctls, NotificationChain msgs) {
		SysctlSettings oldSysctls = sysctls;
		sysctls = newSysctls;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__SYSCTLS, oldSysctls, newSysctls);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSysctls(SysctlSettings newSysctls) {
		if (newSysctls != sysctls) {
			NotificationChain msgs = null;
			if (sysctls != null)
				msgs = ((InternalEObject)sysctls).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.HOST__SYSCTLS, null, msgs);
			if (newSysctls != null)
				msgs = ((InternalEObject)newSysctls).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.HOST__SYSCTLS, null, msgs);
			msgs = basicSetSysctls(newSysctls, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__SYSCTLS, newSysctls, newSysctls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ObservedSysctl> getObservedSysctls() {
		if (observedSysctls == null) {
			observedSysctls = new EObjectContainmentEList<ObservedSysctl>(ObservedSysctl.class, this, ModelPackage.HOST__OBSERVED_SYSCTLS);
		}
		return observedSysctls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTableName() {
		return tableName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableName(String newTableName) {
		String oldTableName = tableName;
		tableName = newTableName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__TABLE_NAME, oldTableName, tableName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flowtable> getFlowtables() {
		if (flowtables == null) {
			flowtables = new EObjectContainmentEList<Flowtable>(Flowtable.class, this, ModelPackage.HOST__FLOWTABLES);
		}
		return flowtables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OffloadRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<OffloadRule>(OffloadRule.class, this, ModelPackage.HOST__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ObservedTable> getObservedTables() {
		if (observedTables == null) {
			observedTables = new EObjectContainmentEList<ObservedTable>(ObservedTable.class, this, ModelPackage.HOST__OBSERVED_TABLES);
		}
		return observedTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowtableProfile getAppliedProfile() {
		if (appliedProfile != null && appliedProfile.eIsProxy()) {
			InternalEObject oldAppliedProfile = (InternalEObject)appliedProfile;
			appliedProfile = (FlowtableProfile)eResolveProxy(oldAppliedProfile);
			if (appliedProfile != oldAppliedProfile) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.HOST__APPLIED_PROFILE, oldAppliedProfile, appliedProfile));
			}
		}
		return appliedProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowtableProfile basicGetAppliedProfile() {
		return appliedProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppliedProfile(FlowtableProfile newAppliedProfile) {
		FlowtableProfile oldAppliedProfile = appliedProfile;
		appliedProfile = newAppliedProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__APPLIED_PROFILE, oldAppliedProfile, appliedProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoleBinding> getRoleBindings() {
		if (roleBindings == null) {
			roleBindings = new EObjectContainmentEList<RoleBinding>(RoleBinding.class, this, ModelPackage.HOST__ROLE_BINDINGS);
		}
		return roleBindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplyStatus getLastApplyStatus() {
		return lastApplyStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastApplyStatus(ApplyStatus newLastApplyStatus) {
		ApplyStatus oldLastApplyStatus = lastApplyStatus;
		lastApplyStatus = newLastApplyStatus == null ? LAST_APPLY_STATUS_EDEFAULT : newLastApplyStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__LAST_APPLY_STATUS, oldLastApplyStatus, lastApplyStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastApplyTime() {
		return lastApplyTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastApplyTime(Date newLastApplyTime) {
		Date oldLastApplyTime = lastApplyTime;
		lastApplyTime = newLastApplyTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__LAST_APPLY_TIME, oldLastApplyTime, lastApplyTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastApplyMessage() {
		return lastApplyMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastApplyMessage(String newLastApplyMessage) {
		String oldLastApplyMessage = lastApplyMessage;
		lastApplyMessage = newLastApplyMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__LAST_APPLY_MESSAGE, oldLastApplyMessage, lastApplyMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastApplyGeneration() {
		return lastApplyGeneration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastApplyGeneration(String newLastApplyGeneration) {
		String oldLastApplyGeneration = lastApplyGeneration;
		lastApplyGeneration = newLastApplyGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__LAST_APPLY_GENERATION, oldLastApplyGeneration, lastApplyGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.HOST__MODULES:
				return ((InternalEList<?>)getModules()).basicRemove(otherEnd, msgs);
			case ModelPackage.HOST__INTERFACES:
				return ((InternalEList<?>)getInterfaces()).basicRemove(otherEnd, msgs);
			case ModelPackage.HOST__SYSCTLS:
				return basicSetSysctls(null, msgs);
			case ModelPackage.HOST__OBSERVED_SYSCTLS:
				return ((InternalEList<?>)getObservedSysctls()).basicRemove(otherEnd, msgs);
			case ModelPackage.HOST__FLOWTABLES:
				return ((InternalEList<?>)getFlowtables()).basicRemove(otherEnd, msgs);
			case ModelPackage.HOST__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
			case ModelPackage.HOST__OBSERVED_TABLES:
				return ((InternalEList<?>)getObservedTables()).basicRemove(otherEnd, msgs);
			case ModelPackage.HOST__ROLE_BINDINGS:
				return ((InternalEList<?>)getRoleBindings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.HOST__NAME:
				return getName();
			case ModelPackage.HOST__ADDRESS:
				return getAddress();
			case ModelPackage.HOST__PORT:
				return getPort();
			case ModelPackage.HOST__USER:
				return getUser();
			case ModelPackage.HOST__AUTH_METHOD:
				return getAuthMethod();
			case ModelPackage.HOST__IDENTITY_FILE:
				return getIdentityFile();
			case ModelPackage.HOST__JUMP_HOST:
				return getJumpHost();
			case ModelPackage.HOST__TAGS:
				return getTags();
			case ModelPackage.HOST__NOTES:
				return getNotes();
			case ModelPackage.HOST__DISTRIBUTION:
				return getDistribution();
			case ModelPackage.HOST__KERNEL_RELEASE:
				return getKernelRelease();
			case ModelPackage.HOST__SOFTWARE_FLOWTABLE_SUPPORTED:
				return getSoftwareFlowtableSupported();
			case ModelPackage.HOST__FLOWTABLE_COUNTER_SUPPORTED:
				return getFlowtableCounterSupported();
			case ModelPackage.HOST__HARDWARE_OFFLOAD_SUPPORTED:
				return getHardwareOffloadSupported();
			case ModelPackage.HOST__PROBE_TIME:
				return getProbeTime();
			case ModelPackage.HOST__MODULES:
				return getModules();
			case ModelPackage.HOST__INTERFACES:
				return getInterfaces();
			case ModelPackage.HOST__SYSCTLS:
				return getSysctls();
			case ModelPackage.HOST__OBSERVED_SYSCTLS:
				return getObservedSysctls();
			case ModelPackage.HOST__TABLE_NAME:
				return getTableName();
			case ModelPackage.HOST__FLOWTABLES:
				return getFlowtables();
			case ModelPackage.HOST__RULES:
				return getRules();
			case ModelPackage.HOST__OBSERVED_TABLES:
				return getObservedTables();
			case ModelPackage.HOST__APPLIED_PROFILE:
				if (resolve) return getAppliedProfile();
				return basicGetAppliedProfile();
			case ModelPackage.HOST__ROLE_BINDINGS:
				return getRoleBindings();
			case ModelPackage.HOST__LAST_APPLY_STATUS:
				return getLastApplyStatus();
			case ModelPackage.HOST__LAST_APPLY_TIME:
				return getLastApplyTime();
			case ModelPackage.HOST__LAST_APPLY_MESSAGE:
				return getLastApplyMessage();
			case ModelPackage.HOST__LAST_APPLY_GENERATION:
				return getLastApplyGeneration();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.HOST__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.HOST__ADDRESS:
				setAddress((String)newValue);
				return;
			case ModelPackage.HOST__PORT:
				setPort((Integer)newValue);
				return;
			case ModelPackage.HOST__USER:
				setUser((String)newValue);
				return;
			case ModelPackage.HOST__AUTH_METHOD:
				setAuthMethod((AuthMethod)newValue);
				return;
			case ModelPackage.HOST__IDENTITY_FILE:
				setIdentityFile((String)newValue);
				return;
			case ModelPackage.HOST__JUMP_HOST:
				setJumpHost((String)newValue);
				return;
			case ModelPackage.HOST__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.HOST__NOTES:
				setNotes((String)newValue);
				return;
			case ModelPackage.HOST__DISTRIBUTION:
				setDistribution((String)newValue);
				return;
			case ModelPackage.HOST__KERNEL_RELEASE:
				setKernelRelease((String)newValue);
				return;
			case ModelPackage.HOST__SOFTWARE_FLOWTABLE_SUPPORTED:
				setSoftwareFlowtableSupported((Boolean)newValue);
				return;
			case ModelPackage.HOST__FLOWTABLE_COUNTER_SUPPORTED:
				setFlowtableCounterSupported((Boolean)newValue);
				return;
			case ModelPackage.HOST__HARDWARE_OFFLOAD_SUPPORTED:
				setHardwareOffloadSupported((Boolean)newValue);
				return;
			case ModelPackage.HOST__PROBE_TIME:
				setProbeTime((Date)newValue);
				return;
			case ModelPackage.HOST__MODULES:
				getModules().clear();
				getModules().addAll((Collection<? extends ModuleState>)newValue);
				return;
			case ModelPackage.HOST__INTERFACES:
				getInterfaces().clear();
				getInterfaces().addAll((Collection<? extends NetworkInterface>)newValue);
				return;
			case ModelPackage.HOST__SYSCTLS:
				setSysctls((SysctlSettings)newValue);
				return;
			case ModelPackage.HOST__OBSERVED_SYSCTLS:
				getObservedSysctls().clear();
				getObservedSysctls().addAll((Collection<? extends ObservedSysctl>)newValue);
				return;
			case ModelPackage.HOST__TABLE_NAME:
				setTableName((String)newValue);
				return;
			case ModelPackage.HOST__FLOWTABLES:
				getFlowtables().clear();
				getFlowtables().addAll((Collection<? extends Flowtable>)newValue);
				return;
			case ModelPackage.HOST__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends OffloadRule>)newValue);
				return;
			case ModelPackage.HOST__OBSERVED_TABLES:
				getObservedTables().clear();
				getObservedTables().addAll((Collection<? extends ObservedTable>)newValue);
				return;
			case ModelPackage.HOST__APPLIED_PROFILE:
				setAppliedProfile((FlowtableProfile)newValue);
				return;
			case ModelPackage.HOST__ROLE_BINDINGS:
				getRoleBindings().clear();
				getRoleBindings().addAll((Collection<? extends RoleBinding>)newValue);
				return;
			case ModelPackage.HOST__LAST_APPLY_STATUS:
				setLastApplyStatus((ApplyStatus)newValue);
				return;
			case ModelPackage.HOST__LAST_APPLY_TIME:
				setLastApplyTime((Date)newValue);
				return;
			case ModelPackage.HOST__LAST_APPLY_MESSAGE:
				setLastApplyMessage((String)newValue);
				return;
			case ModelPackage.HOST__LAST_APPLY_GENERATION:
				setLastApplyGeneration((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.HOST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.HOST__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case ModelPackage.HOST__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case ModelPackage.HOST__USER:
				setUser(USER_EDEFAULT);
				return;
			case ModelPackage.HOST__AUTH_METHOD:
				setAuthMethod(AUTH_METHOD_EDEFAULT);
				return;
			case ModelPackage.HOST__IDENTITY_FILE:
				setIdentityFile(IDENTITY_FILE_EDEFAULT);
				return;
			case ModelPackage.HOST__JUMP_HOST:
				setJumpHost(JUMP_HOST_EDEFAULT);
				return;
			case ModelPackage.HOST__TAGS:
				getTags().clear();
				return;
			case ModelPackage.HOST__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ModelPackage.HOST__DISTRIBUTION:
				setDistribution(DISTRIBUTION_EDEFAULT);
				return;
			case ModelPackage.HOST__KERNEL_RELEASE:
				setKernelRelease(KERNEL_RELEASE_EDEFAULT);
				return;
			case ModelPackage.HOST__SOFTWARE_FLOWTABLE_SUPPORTED:
				setSoftwareFlowtableSupported(SOFTWARE_FLOWTABLE_SUPPORTED_EDEFAULT);
				return;
			case ModelPackage.HOST__FLOWTABLE_COUNTER_SUPPORTED:
				setFlowtableCounterSupported(FLOWTABLE_COUNTER_SUPPORTED_EDEFAULT);
				return;
			case ModelPackage.HOST__HARDWARE_OFFLOAD_SUPPORTED:
				setHardwareOffloadSupported(HARDWARE_OFFLOAD_SUPPORTED_EDEFAULT);
				return;
			case ModelPackage.HOST__PROBE_TIME:
				setProbeTime(PROBE_TIME_EDEFAULT);
				return;
			case ModelPackage.HOST__MODULES:
				getModules().clear();
				return;
			case ModelPackage.HOST__INTERFACES:
				getInterfaces().clear();
				return;
			case ModelPackage.HOST__SYSCTLS:
				setSysctls((SysctlSettings)null);
				return;
			case ModelPackage.HOST__OBSERVED_SYSCTLS:
				getObservedSysctls().clear();
				return;
			case ModelPackage.HOST__TABLE_NAME:
				setTableName(TABLE_NAME_EDEFAULT);
				return;
			case ModelPackage.HOST__FLOWTABLES:
				getFlowtables().clear();
				return;
			case ModelPackage.HOST__RULES:
				getRules().clear();
				return;
			case ModelPackage.HOST__OBSERVED_TABLES:
				getObservedTables().clear();
				return;
			case ModelPackage.HOST__APPLIED_PROFILE:
				setAppliedProfile((FlowtableProfile)null);
				return;
			case ModelPackage.HOST__ROLE_BINDINGS:
				getRoleBindings().clear();
				return;
			case ModelPackage.HOST__LAST_APPLY_STATUS:
				setLastApplyStatus(LAST_APPLY_STATUS_EDEFAULT);
				return;
			case ModelPackage.HOST__LAST_APPLY_TIME:
				setLastApplyTime(LAST_APPLY_TIME_EDEFAULT);
				return;
			case ModelPackage.HOST__LAST_APPLY_MESSAGE:
				setLastApplyMessage(LAST_APPLY_MESSAGE_EDEFAULT);
				return;
			case ModelPackage.HOST__LAST_APPLY_GENERATION:
				setLastApplyGeneration(LAST_APPLY_GENERATION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.HOST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.HOST__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case ModelPackage.HOST__PORT:
				return port != PORT_EDEFAULT;
			case ModelPackage.HOST__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case ModelPackage.HOST__AUTH_METHOD:
				return authMethod != AUTH_METHOD_EDEFAULT;
			case ModelPackage.HOST__IDENTITY_FILE:
				return IDENTITY_FILE_EDEFAULT == null ? identityFile != null : !IDENTITY_FILE_EDEFAULT.equals(identityFile);
			case ModelPackage.HOST__JUMP_HOST:
				return JUMP_HOST_EDEFAULT == null ? jumpHost != null : !JUMP_HOST_EDEFAULT.equals(jumpHost);
			case ModelPackage.HOST__TAGS:
				return tags != null && !tags.isEmpty();
			case ModelPackage.HOST__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ModelPackage.HOST__DISTRIBUTION:
				return DISTRIBUTION_EDEFAULT == null ? distribution != null : !DISTRIBUTION_EDEFAULT.equals(distribution);
			case ModelPackage.HOST__KERNEL_RELEASE:
				return KERNEL_RELEASE_EDEFAULT == null ? kernelRelease != null : !KERNEL_RELEASE_EDEFAULT.equals(kernelRelease);
			case ModelPackage.HOST__SOFTWARE_FLOWTABLE_SUPPORTED:
				return SOFTWARE_FLOWTABLE_SUPPORTED_EDEFAULT == null ? softwareFlowtableSupported != null : !SOFTWARE_FLOWTABLE_SUPPORTED_EDEFAULT.equals(softwareFlowtableSupported);
			case ModelPackage.HOST__FLOWTABLE_COUNTER_SUPPORTED:
				return FLOWTABLE_COUNTER_SUPPORTED_EDEFAULT == null ? flowtableCounterSupported != null : !FLOWTABLE_COUNTER_SUPPORTED_EDEFAULT.equals(flowtableCounterSupported);
			case ModelPackage.HOST__HARDWARE_OFFLOAD_SUPPORTED:
				return HARDWARE_OFFLOAD_SUPPORTED_EDEFAULT == null ? hardwareOffloadSupported != null : !HARDWARE_OFFLOAD_SUPPORTED_EDEFAULT.equals(hardwareOffloadSupported);
			case ModelPackage.HOST__PROBE_TIME:
				return PROBE_TIME_EDEFAULT == null ? probeTime != null : !PROBE_TIME_EDEFAULT.equals(probeTime);
			case ModelPackage.HOST__MODULES:
				return modules != null && !modules.isEmpty();
			case ModelPackage.HOST__INTERFACES:
				return interfaces != null && !interfaces.isEmpty();
			case ModelPackage.HOST__SYSCTLS:
				return sysctls != null;
			case ModelPackage.HOST__OBSERVED_SYSCTLS:
				return observedSysctls != null && !observedSysctls.isEmpty();
			case ModelPackage.HOST__TABLE_NAME:
				return TABLE_NAME_EDEFAULT == null ? tableName != null : !TABLE_NAME_EDEFAULT.equals(tableName);
			case ModelPackage.HOST__FLOWTABLES:
				return flowtables != null && !flowtables.isEmpty();
			case ModelPackage.HOST__RULES:
				return rules != null && !rules.isEmpty();
			case ModelPackage.HOST__OBSERVED_TABLES:
				return observedTables != null && !observedTables.isEmpty();
			case ModelPackage.HOST__APPLIED_PROFILE:
				return appliedProfile != null;
			case ModelPackage.HOST__ROLE_BINDINGS:
				return roleBindings != null && !roleBindings.isEmpty();
			case ModelPackage.HOST__LAST_APPLY_STATUS:
				return lastApplyStatus != LAST_APPLY_STATUS_EDEFAULT;
			case ModelPackage.HOST__LAST_APPLY_TIME:
				return LAST_APPLY_TIME_EDEFAULT == null ? lastApplyTime != null : !LAST_APPLY_TIME_EDEFAULT.equals(lastApplyTime);
			case ModelPackage.HOST__LAST_APPLY_MESSAGE:
				return LAST_APPLY_MESSAGE_EDEFAULT == null ? lastApplyMessage != null : !LAST_APPLY_MESSAGE_EDEFAULT.equals(lastApplyMessage);
			case ModelPackage.HOST__LAST_APPLY_GENERATION:
				return LAST_APPLY_GENERATION_EDEFAULT == null ? lastApplyGeneration != null : !LAST_APPLY_GENERATION_EDEFAULT.equals(lastApplyGeneration);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", address: ");
		result.append(address);
		result.append(", port: ");
		result.append(port);
		result.append(", user: ");
		result.append(user);
		result.append(", authMethod: ");
		result.append(authMethod);
		result.append(", identityFile: ");
		result.append(identityFile);
		result.append(", jumpHost: ");
		result.append(jumpHost);
		result.append(", tags: ");
		result.append(tags);
		result.append(", notes: ");
		result.append(notes);
		result.append(", distribution: ");
		result.append(distribution);
		result.append(", kernelRelease: ");
		result.append(kernelRelease);
		result.append(", softwareFlowtableSupported: ");
		result.append(softwareFlowtableSupported);
		result.append(", flowtableCounterSupported: ");
		result.append(flowtableCounterSupported);
		result.append(", hardwareOffloadSupported: ");
		result.append(hardwareOffloadSupported);
		result.append(", probeTime: ");
		result.append(probeTime);
		result.append(", tableName: ");
		result.append(tableName);
		result.append(", lastApplyStatus: ");
		result.append(lastApplyStatus);
		result.append(", lastApplyTime: ");
		result.append(lastApplyTime);
		result.append(", lastApplyMessage: ");
		result.append(lastApplyMessage);
		result.append(", lastApplyGeneration: ");
		result.append(lastApplyGeneration);
		result.append(')');
		return result.toString();
	}

} //HostImpl
