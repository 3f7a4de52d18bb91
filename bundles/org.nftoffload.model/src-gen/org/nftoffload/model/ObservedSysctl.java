/**
 */
package org.nftoffload.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Observed Sysctl</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One sysctl as a probe read it, e.g. net.netfilter.nf_flowtable_tcp_timeout = 30.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.ObservedSysctl#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.ObservedSysctl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getObservedSysctl()
 * @model
 * @generated
 */
public interface ObservedSysctl extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nftoffload.model.ModelPackage#getObservedSysctl_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.ObservedSysctl#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset when the host does not have this sysctl.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Long)
	 * @see org.nftoffload.model.ModelPackage#getObservedSysctl_Value()
	 * @model
	 * @generated
	 */
	Long getValue();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.ObservedSysctl#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Long value);

} // ObservedSysctl
