/**
 */
package org.nftoffload.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Module State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.ModuleState#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.ModuleState#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getModuleState()
 * @model
 * @generated
 */
public interface ModuleState extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nftoffload.model.ModelPackage#getModuleState_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.ModuleState#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.ModuleStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.nftoffload.model.ModuleStatus
	 * @see #setStatus(ModuleStatus)
	 * @see org.nftoffload.model.ModelPackage#getModuleState_Status()
	 * @model
	 * @generated
	 */
	ModuleStatus getStatus();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.ModuleState#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.nftoffload.model.ModuleStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ModuleStatus value);

} // ModuleState
