/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sysctl Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Desired netfilter sysctls; an unset value is left as the host has it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.SysctlSettings#getFlowtableTcpTimeout <em>Flowtable Tcp Timeout</em>}</li>
 *   <li>{@link org.nftoffload.model.SysctlSettings#getFlowtableUdpTimeout <em>Flowtable Udp Timeout</em>}</li>
 *   <li>{@link org.nftoffload.model.SysctlSettings#getConntrackAcct <em>Conntrack Acct</em>}</li>
 *   <li>{@link org.nftoffload.model.SysctlSettings#getOverriddenFeatures <em>Overridden Features</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getSysctlSettings()
 * @model
 * @generated
 */
public interface SysctlSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Flowtable Tcp Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * net.netfilter.nf_flowtable_tcp_timeout in seconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flowtable Tcp Timeout</em>' attribute.
	 * @see #setFlowtableTcpTimeout(Integer)
	 * @see org.nftoffload.model.ModelPackage#getSysctlSettings_FlowtableTcpTimeout()
	 * @model
	 * @generated
	 */
	Integer getFlowtableTcpTimeout();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.SysctlSettings#getFlowtableTcpTimeout <em>Flowtable Tcp Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flowtable Tcp Timeout</em>' attribute.
	 * @see #getFlowtableTcpTimeout()
	 * @generated
	 */
	void setFlowtableTcpTimeout(Integer value);

	/**
	 * Returns the value of the '<em><b>Flowtable Udp Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * net.netfilter.nf_flowtable_udp_timeout in seconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flowtable Udp Timeout</em>' attribute.
	 * @see #setFlowtableUdpTimeout(Integer)
	 * @see org.nftoffload.model.ModelPackage#getSysctlSettings_FlowtableUdpTimeout()
	 * @model
	 * @generated
	 */
	Integer getFlowtableUdpTimeout();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.SysctlSettings#getFlowtableUdpTimeout <em>Flowtable Udp Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flowtable Udp Timeout</em>' attribute.
	 * @see #getFlowtableUdpTimeout()
	 * @generated
	 */
	void setFlowtableUdpTimeout(Integer value);

	/**
	 * Returns the value of the '<em><b>Conntrack Acct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * net.netfilter.nf_conntrack_acct: per-flow byte and packet counters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conntrack Acct</em>' attribute.
	 * @see #setConntrackAcct(Boolean)
	 * @see org.nftoffload.model.ModelPackage#getSysctlSettings_ConntrackAcct()
	 * @model
	 * @generated
	 */
	Boolean getConntrackAcct();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.SysctlSettings#getConntrackAcct <em>Conntrack Acct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conntrack Acct</em>' attribute.
	 * @see #getConntrackAcct()
	 * @generated
	 */
	void setConntrackAcct(Boolean value);

	/**
	 * Returns the value of the '<em><b>Overridden Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On a host with a profile: names of the timeouts this host sets itself; the others follow its group's settings, then the profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overridden Features</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getSysctlSettings_OverriddenFeatures()
	 * @model
	 * @generated
	 */
	EList<String> getOverriddenFeatures();

} // SysctlSettings
