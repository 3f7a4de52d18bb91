/**
 */
package org.nftoffload.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offload Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Values a group gives the profile flowtables and sysctls of its hosts; an unset value leaves the profile's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.OffloadSettings#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.nftoffload.model.OffloadSettings#getOffloadMode <em>Offload Mode</em>}</li>
 *   <li>{@link org.nftoffload.model.OffloadSettings#getCounter <em>Counter</em>}</li>
 *   <li>{@link org.nftoffload.model.OffloadSettings#getFlowtableTcpTimeout <em>Flowtable Tcp Timeout</em>}</li>
 *   <li>{@link org.nftoffload.model.OffloadSettings#getFlowtableUdpTimeout <em>Flowtable Udp Timeout</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getOffloadSettings()
 * @model
 * @generated
 */
public interface OffloadSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(Integer)
	 * @see org.nftoffload.model.ModelPackage#getOffloadSettings_Priority()
	 * @model
	 * @generated
	 */
	Integer getPriority();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.OffloadSettings#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Integer value);

	/**
	 * Returns the value of the '<em><b>Offload Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.OffloadMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offload Mode</em>' attribute.
	 * @see org.nftoffload.model.OffloadMode
	 * @see #isSetOffloadMode()
	 * @see #unsetOffloadMode()
	 * @see #setOffloadMode(OffloadMode)
	 * @see org.nftoffload.model.ModelPackage#getOffloadSettings_OffloadMode()
	 * @model unsettable="true"
	 * @generated
	 */
	OffloadMode getOffloadMode();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.OffloadSettings#getOffloadMode <em>Offload Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offload Mode</em>' attribute.
	 * @see org.nftoffload.model.OffloadMode
	 * @see #isSetOffloadMode()
	 * @see #unsetOffloadMode()
	 * @see #getOffloadMode()
	 * @generated
	 */
	void setOffloadMode(OffloadMode value);

	/**
	 * Unsets the value of the '{@link org.nftoffload.model.OffloadSettings#getOffloadMode <em>Offload Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOffloadMode()
	 * @see #getOffloadMode()
	 * @see #setOffloadMode(OffloadMode)
	 * @generated
	 */
	void unsetOffloadMode();

	/**
	 * Returns whether the value of the '{@link org.nftoffload.model.OffloadSettings#getOffloadMode <em>Offload Mode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Offload Mode</em>' attribute is set.
	 * @see #unsetOffloadMode()
	 * @see #getOffloadMode()
	 * @see #setOffloadMode(OffloadMode)
	 * @generated
	 */
	boolean isSetOffloadMode();

	/**
	 * Returns the value of the '<em><b>Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counter</em>' attribute.
	 * @see #setCounter(Boolean)
	 * @see org.nftoffload.model.ModelPackage#getOffloadSettings_Counter()
	 * @model
	 * @generated
	 */
	Boolean getCounter();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.OffloadSettings#getCounter <em>Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counter</em>' attribute.
	 * @see #getCounter()
	 * @generated
	 */
	void setCounter(Boolean value);

	/**
	 * Returns the value of the '<em><b>Flowtable Tcp Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flowtable Tcp Timeout</em>' attribute.
	 * @see #setFlowtableTcpTimeout(Integer)
	 * @see org.nftoffload.model.ModelPackage#getOffloadSettings_FlowtableTcpTimeout()
	 * @model
	 * @generated
	 */
	Integer getFlowtableTcpTimeout();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.OffloadSettings#getFlowtableTcpTimeout <em>Flowtable Tcp Timeout</em>}' attribute.
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
	 * @return the value of the '<em>Flowtable Udp Timeout</em>' attribute.
	 * @see #setFlowtableUdpTimeout(Integer)
	 * @see org.nftoffload.model.ModelPackage#getOffloadSettings_FlowtableUdpTimeout()
	 * @model
	 * @generated
	 */
	Integer getFlowtableUdpTimeout();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.OffloadSettings#getFlowtableUdpTimeout <em>Flowtable Udp Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flowtable Udp Timeout</em>' attribute.
	 * @see #getFlowtableUdpTimeout()
	 * @generated
	 */
	void setFlowtableUdpTimeout(Integer value);

} // OffloadSettings
