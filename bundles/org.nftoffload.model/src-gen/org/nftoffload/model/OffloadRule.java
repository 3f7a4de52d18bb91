/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offload Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.OffloadRule#getFlowtable <em>Flowtable</em>}</li>
 *   <li>{@link org.nftoffload.model.OffloadRule#getInputInterfaces <em>Input Interfaces</em>}</li>
 *   <li>{@link org.nftoffload.model.OffloadRule#getOutputInterfaces <em>Output Interfaces</em>}</li>
 *   <li>{@link org.nftoffload.model.OffloadRule#getFlowtableName <em>Flowtable Name</em>}</li>
 *   <li>{@link org.nftoffload.model.OffloadRule#getChain <em>Chain</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getOffloadRule()
 * @model
 * @generated
 */
public interface OffloadRule extends AbstractOffloadRule {
	/**
	 * Returns the value of the '<em><b>Flowtable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flowtable</em>' reference.
	 * @see #setFlowtable(Flowtable)
	 * @see org.nftoffload.model.ModelPackage#getOffloadRule_Flowtable()
	 * @model
	 * @generated
	 */
	Flowtable getFlowtable();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.OffloadRule#getFlowtable <em>Flowtable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flowtable</em>' reference.
	 * @see #getFlowtable()
	 * @generated
	 */
	void setFlowtable(Flowtable value);

	/**
	 * Returns the value of the '<em><b>Input Interfaces</b></em>' reference list.
	 * The list contents are of type {@link org.nftoffload.model.NetworkInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Interfaces</em>' reference list.
	 * @see org.nftoffload.model.ModelPackage#getOffloadRule_InputInterfaces()
	 * @model
	 * @generated
	 */
	EList<NetworkInterface> getInputInterfaces();

	/**
	 * Returns the value of the '<em><b>Output Interfaces</b></em>' reference list.
	 * The list contents are of type {@link org.nftoffload.model.NetworkInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Interfaces</em>' reference list.
	 * @see org.nftoffload.model.ModelPackage#getOffloadRule_OutputInterfaces()
	 * @model
	 * @generated
	 */
	EList<NetworkInterface> getOutputInterfaces();

	/**
	 * Returns the value of the '<em><b>Flowtable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flowtable's name as written in the live ruleset when it names a flowtable that does not exist (import of a broken ruleset); unset otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flowtable Name</em>' attribute.
	 * @see #setFlowtableName(String)
	 * @see org.nftoffload.model.ModelPackage#getOffloadRule_FlowtableName()
	 * @model
	 * @generated
	 */
	String getFlowtableName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.OffloadRule#getFlowtableName <em>Flowtable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flowtable Name</em>' attribute.
	 * @see #getFlowtableName()
	 * @generated
	 */
	void setFlowtableName(String value);

	/**
	 * Returns the value of the '<em><b>Chain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chain the rule was found in (observed tables only); the console renders its own rules into its forward chain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chain</em>' attribute.
	 * @see #setChain(String)
	 * @see org.nftoffload.model.ModelPackage#getOffloadRule_Chain()
	 * @model
	 * @generated
	 */
	String getChain();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.OffloadRule#getChain <em>Chain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain</em>' attribute.
	 * @see #getChain()
	 * @generated
	 */
	void setChain(String value);

} // OffloadRule
