/**
 */
package org.nftoffload.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Flowtable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.AbstractFlowtable#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractFlowtable#getFamily <em>Family</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractFlowtable#getHook <em>Hook</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractFlowtable#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractFlowtable#getOffloadMode <em>Offload Mode</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractFlowtable#isCounter <em>Counter</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getAbstractFlowtable()
 * @model abstract="true"
 * @generated
 */
public interface AbstractFlowtable extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nftoffload.model.ModelPackage#getAbstractFlowtable_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractFlowtable#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.Family}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see org.nftoffload.model.Family
	 * @see #setFamily(Family)
	 * @see org.nftoffload.model.ModelPackage#getAbstractFlowtable_Family()
	 * @model
	 * @generated
	 */
	Family getFamily();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractFlowtable#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see org.nftoffload.model.Family
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(Family value);

	/**
	 * Returns the value of the '<em><b>Hook</b></em>' attribute.
	 * The default value is <code>"ingress"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hook</em>' attribute.
	 * @see #setHook(String)
	 * @see org.nftoffload.model.ModelPackage#getAbstractFlowtable_Hook()
	 * @model default="ingress"
	 * @generated
	 */
	String getHook();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractFlowtable#getHook <em>Hook</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hook</em>' attribute.
	 * @see #getHook()
	 * @generated
	 */
	void setHook(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.nftoffload.model.ModelPackage#getAbstractFlowtable_Priority()
	 * @model default="0"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractFlowtable#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Offload Mode</b></em>' attribute.
	 * The default value is <code>"software"</code>.
	 * The literals are from the enumeration {@link org.nftoffload.model.OffloadMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offload Mode</em>' attribute.
	 * @see org.nftoffload.model.OffloadMode
	 * @see #setOffloadMode(OffloadMode)
	 * @see org.nftoffload.model.ModelPackage#getAbstractFlowtable_OffloadMode()
	 * @model default="software"
	 * @generated
	 */
	OffloadMode getOffloadMode();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractFlowtable#getOffloadMode <em>Offload Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offload Mode</em>' attribute.
	 * @see org.nftoffload.model.OffloadMode
	 * @see #getOffloadMode()
	 * @generated
	 */
	void setOffloadMode(OffloadMode value);

	/**
	 * Returns the value of the '<em><b>Counter</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counter</em>' attribute.
	 * @see #setCounter(boolean)
	 * @see org.nftoffload.model.ModelPackage#getAbstractFlowtable_Counter()
	 * @model default="true"
	 * @generated
	 */
	boolean isCounter();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractFlowtable#isCounter <em>Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counter</em>' attribute.
	 * @see #isCounter()
	 * @generated
	 */
	void setCounter(boolean value);

} // AbstractFlowtable
