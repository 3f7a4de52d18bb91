/**
 */
package org.nftoffload.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One router: how to reach it, what the last probe found on it, and the flowtables the console wants in its own table there.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.Host#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getAddress <em>Address</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getPort <em>Port</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getUser <em>User</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getAuthMethod <em>Auth Method</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getIdentityFile <em>Identity File</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getJumpHost <em>Jump Host</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getTags <em>Tags</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getKernelRelease <em>Kernel Release</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getSoftwareFlowtableSupported <em>Software Flowtable Supported</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getFlowtableCounterSupported <em>Flowtable Counter Supported</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getHardwareOffloadSupported <em>Hardware Offload Supported</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getProbeTime <em>Probe Time</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getModules <em>Modules</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getSysctls <em>Sysctls</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getObservedSysctls <em>Observed Sysctls</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getFlowtables <em>Flowtables</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getRules <em>Rules</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getObservedTables <em>Observed Tables</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getAppliedProfile <em>Applied Profile</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getRoleBindings <em>Role Bindings</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getLastApplyStatus <em>Last Apply Status</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getLastApplyTime <em>Last Apply Time</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getLastApplyMessage <em>Last Apply Message</em>}</li>
 *   <li>{@link org.nftoffload.model.Host#getLastApplyGeneration <em>Last Apply Generation</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"22"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.nftoffload.model.ModelPackage#getHost_Port()
	 * @model default="22"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * The default value is <code>"root"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_User()
	 * @model default="root"
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Auth Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.AuthMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auth Method</em>' attribute.
	 * @see org.nftoffload.model.AuthMethod
	 * @see #setAuthMethod(AuthMethod)
	 * @see org.nftoffload.model.ModelPackage#getHost_AuthMethod()
	 * @model
	 * @generated
	 */
	AuthMethod getAuthMethod();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getAuthMethod <em>Auth Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auth Method</em>' attribute.
	 * @see org.nftoffload.model.AuthMethod
	 * @see #getAuthMethod()
	 * @generated
	 */
	void setAuthMethod(AuthMethod value);

	/**
	 * Returns the value of the '<em><b>Identity File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity File</em>' attribute.
	 * @see #setIdentityFile(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_IdentityFile()
	 * @model
	 * @generated
	 */
	String getIdentityFile();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getIdentityFile <em>Identity File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity File</em>' attribute.
	 * @see #getIdentityFile()
	 * @generated
	 */
	void setIdentityFile(String value);

	/**
	 * Returns the value of the '<em><b>Jump Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An SSH jump host as [user@]host[:port], or empty for a direct connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jump Host</em>' attribute.
	 * @see #setJumpHost(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_JumpHost()
	 * @model
	 * @generated
	 */
	String getJumpHost();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getJumpHost <em>Jump Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jump Host</em>' attribute.
	 * @see #getJumpHost()
	 * @generated
	 */
	void setJumpHost(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getHost_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distribution</em>' attribute.
	 * @see #setDistribution(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_Distribution()
	 * @model
	 * @generated
	 */
	String getDistribution();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getDistribution <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution</em>' attribute.
	 * @see #getDistribution()
	 * @generated
	 */
	void setDistribution(String value);

	/**
	 * Returns the value of the '<em><b>Kernel Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * uname -r as found by the last probe, e.g. 6.1.0-28-amd64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel Release</em>' attribute.
	 * @see #setKernelRelease(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_KernelRelease()
	 * @model
	 * @generated
	 */
	String getKernelRelease();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getKernelRelease <em>Kernel Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Release</em>' attribute.
	 * @see #getKernelRelease()
	 * @generated
	 */
	void setKernelRelease(String value);

	/**
	 * Returns the value of the '<em><b>Software Flowtable Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Software Flowtable Supported</em>' attribute.
	 * @see #setSoftwareFlowtableSupported(Boolean)
	 * @see org.nftoffload.model.ModelPackage#getHost_SoftwareFlowtableSupported()
	 * @model
	 * @generated
	 */
	Boolean getSoftwareFlowtableSupported();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getSoftwareFlowtableSupported <em>Software Flowtable Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Flowtable Supported</em>' attribute.
	 * @see #getSoftwareFlowtableSupported()
	 * @generated
	 */
	void setSoftwareFlowtableSupported(Boolean value);

	/**
	 * Returns the value of the '<em><b>Flowtable Counter Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flowtable Counter Supported</em>' attribute.
	 * @see #setFlowtableCounterSupported(Boolean)
	 * @see org.nftoffload.model.ModelPackage#getHost_FlowtableCounterSupported()
	 * @model
	 * @generated
	 */
	Boolean getFlowtableCounterSupported();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getFlowtableCounterSupported <em>Flowtable Counter Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flowtable Counter Supported</em>' attribute.
	 * @see #getFlowtableCounterSupported()
	 * @generated
	 */
	void setFlowtableCounterSupported(Boolean value);

	/**
	 * Returns the value of the '<em><b>Hardware Offload Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hardware Offload Supported</em>' attribute.
	 * @see #setHardwareOffloadSupported(Boolean)
	 * @see org.nftoffload.model.ModelPackage#getHost_HardwareOffloadSupported()
	 * @model
	 * @generated
	 */
	Boolean getHardwareOffloadSupported();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getHardwareOffloadSupported <em>Hardware Offload Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Offload Supported</em>' attribute.
	 * @see #getHardwareOffloadSupported()
	 * @generated
	 */
	void setHardwareOffloadSupported(Boolean value);

	/**
	 * Returns the value of the '<em><b>Probe Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the probe results stored in this host were taken; unset when the host was never probed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probe Time</em>' attribute.
	 * @see #setProbeTime(Date)
	 * @see org.nftoffload.model.ModelPackage#getHost_ProbeTime()
	 * @model
	 * @generated
	 */
	Date getProbeTime();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getProbeTime <em>Probe Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Time</em>' attribute.
	 * @see #getProbeTime()
	 * @generated
	 */
	void setProbeTime(Date value);

	/**
	 * Returns the value of the '<em><b>Modules</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.ModuleState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modules</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getHost_Modules()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModuleState> getModules();

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.NetworkInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getHost_Interfaces()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkInterface> getInterfaces();

	/**
	 * Returns the value of the '<em><b>Sysctls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sysctls</em>' containment reference.
	 * @see #setSysctls(SysctlSettings)
	 * @see org.nftoffload.model.ModelPackage#getHost_Sysctls()
	 * @model containment="true"
	 * @generated
	 */
	SysctlSettings getSysctls();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getSysctls <em>Sysctls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sysctls</em>' containment reference.
	 * @see #getSysctls()
	 * @generated
	 */
	void setSysctls(SysctlSettings value);

	/**
	 * Returns the value of the '<em><b>Observed Sysctls</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.ObservedSysctl}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The netfilter sysctls as the last probe read them on the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed Sysctls</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getHost_ObservedSysctls()
	 * @model containment="true"
	 * @generated
	 */
	EList<ObservedSysctl> getObservedSysctls();

	/**
	 * Returns the value of the '<em><b>Table Name</b></em>' attribute.
	 * The default value is <code>"nftoffload"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the console's own table; the console replaces this table (one per family in use) and never touches any other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table Name</em>' attribute.
	 * @see #setTableName(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_TableName()
	 * @model default="nftoffload"
	 * @generated
	 */
	String getTableName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getTableName <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Name</em>' attribute.
	 * @see #getTableName()
	 * @generated
	 */
	void setTableName(String value);

	/**
	 * Returns the value of the '<em><b>Flowtables</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.Flowtable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flowtables</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getHost_Flowtables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Flowtable> getFlowtables();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.OffloadRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getHost_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<OffloadRule> getRules();

	/**
	 * Returns the value of the '<em><b>Observed Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.ObservedTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tables found on the host that the console does not own (fw4, firewalld, hand-written...). Kept for display, validation and diff; never rendered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed Tables</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getHost_ObservedTables()
	 * @model containment="true"
	 * @generated
	 */
	EList<ObservedTable> getObservedTables();

	/**
	 * Returns the value of the '<em><b>Applied Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applied Profile</em>' reference.
	 * @see #setAppliedProfile(FlowtableProfile)
	 * @see org.nftoffload.model.ModelPackage#getHost_AppliedProfile()
	 * @model
	 * @generated
	 */
	FlowtableProfile getAppliedProfile();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getAppliedProfile <em>Applied Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applied Profile</em>' reference.
	 * @see #getAppliedProfile()
	 * @generated
	 */
	void setAppliedProfile(FlowtableProfile value);

	/**
	 * Returns the value of the '<em><b>Role Bindings</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.RoleBinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role Bindings</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getHost_RoleBindings()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoleBinding> getRoleBindings();

	/**
	 * Returns the value of the '<em><b>Last Apply Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.ApplyStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the console's last apply to this host ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Apply Status</em>' attribute.
	 * @see org.nftoffload.model.ApplyStatus
	 * @see #setLastApplyStatus(ApplyStatus)
	 * @see org.nftoffload.model.ModelPackage#getHost_LastApplyStatus()
	 * @model
	 * @generated
	 */
	ApplyStatus getLastApplyStatus();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getLastApplyStatus <em>Last Apply Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Apply Status</em>' attribute.
	 * @see org.nftoffload.model.ApplyStatus
	 * @see #getLastApplyStatus()
	 * @generated
	 */
	void setLastApplyStatus(ApplyStatus value);

	/**
	 * Returns the value of the '<em><b>Last Apply Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the last apply ended; unset when the console never applied to this host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Apply Time</em>' attribute.
	 * @see #setLastApplyTime(Date)
	 * @see org.nftoffload.model.ModelPackage#getHost_LastApplyTime()
	 * @model
	 * @generated
	 */
	Date getLastApplyTime();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getLastApplyTime <em>Last Apply Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Apply Time</em>' attribute.
	 * @see #getLastApplyTime()
	 * @generated
	 */
	void setLastApplyTime(Date value);

	/**
	 * Returns the value of the '<em><b>Last Apply Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the last apply reported (the reason of a failure or rollback).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Apply Message</em>' attribute.
	 * @see #setLastApplyMessage(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_LastApplyMessage()
	 * @model
	 * @generated
	 */
	String getLastApplyMessage();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getLastApplyMessage <em>Last Apply Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Apply Message</em>' attribute.
	 * @see #getLastApplyMessage()
	 * @generated
	 */
	void setLastApplyMessage(String value);

	/**
	 * Returns the value of the '<em><b>Last Apply Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The generation the host's agent answered to the console's last apply: confirm and rollback name it, so that they never act on another console's apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Apply Generation</em>' attribute.
	 * @see #setLastApplyGeneration(String)
	 * @see org.nftoffload.model.ModelPackage#getHost_LastApplyGeneration()
	 * @model
	 * @generated
	 */
	String getLastApplyGeneration();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Host#getLastApplyGeneration <em>Last Apply Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Apply Generation</em>' attribute.
	 * @see #getLastApplyGeneration()
	 * @generated
	 */
	void setLastApplyGeneration(String value);

} // Host
