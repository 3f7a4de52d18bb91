/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.RuleTemplate#getFlowtable <em>Flowtable</em>}</li>
 *   <li>{@link org.nftoffload.model.RuleTemplate#getInputRoles <em>Input Roles</em>}</li>
 *   <li>{@link org.nftoffload.model.RuleTemplate#getOutputRoles <em>Output Roles</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getRuleTemplate()
 * @model
 * @generated
 */
public interface RuleTemplate extends AbstractOffloadRule {
	/**
	 * Returns the value of the '<em><b>Flowtable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flowtable</em>' reference.
	 * @see #setFlowtable(FlowtableTemplate)
	 * @see org.nftoffload.model.ModelPackage#getRuleTemplate_Flowtable()
	 * @model
	 * @generated
	 */
	FlowtableTemplate getFlowtable();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.RuleTemplate#getFlowtable <em>Flowtable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flowtable</em>' reference.
	 * @see #getFlowtable()
	 * @generated
	 */
	void setFlowtable(FlowtableTemplate value);

	/**
	 * Returns the value of the '<em><b>Input Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Roles</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getRuleTemplate_InputRoles()
	 * @model
	 * @generated
	 */
	EList<String> getInputRoles();

	/**
	 * Returns the value of the '<em><b>Output Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Roles</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getRuleTemplate_OutputRoles()
	 * @model
	 * @generated
	 */
	EList<String> getOutputRoles();

} // RuleTemplate
