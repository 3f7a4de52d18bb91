/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Observed Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table found on a host that the console does not own, with the flowtables and offload rules it contains. Read only: never rendered, never rewritten.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.ObservedTable#getFamily <em>Family</em>}</li>
 *   <li>{@link org.nftoffload.model.ObservedTable#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.ObservedTable#getFlowtables <em>Flowtables</em>}</li>
 *   <li>{@link org.nftoffload.model.ObservedTable#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getObservedTable()
 * @model
 * @generated
 */
public interface ObservedTable extends EObject {
	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.nftoffload.model.ModelPackage#getObservedTable_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.ObservedTable#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nftoffload.model.ModelPackage#getObservedTable_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.ObservedTable#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Flowtables</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.Flowtable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flowtables</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getObservedTable_Flowtables()
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
	 * @see org.nftoffload.model.ModelPackage#getObservedTable_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<OffloadRule> getRules();

} // ObservedTable
