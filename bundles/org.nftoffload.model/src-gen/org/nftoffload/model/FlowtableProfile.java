/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flowtable Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A template of flowtables and rules whose devices are roles (wan, lan...), mapped per host to real interfaces by the host's role bindings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.FlowtableProfile#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.FlowtableProfile#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nftoffload.model.FlowtableProfile#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.nftoffload.model.FlowtableProfile#getFlowtables <em>Flowtables</em>}</li>
 *   <li>{@link org.nftoffload.model.FlowtableProfile#getRules <em>Rules</em>}</li>
 *   <li>{@link org.nftoffload.model.FlowtableProfile#getSysctls <em>Sysctls</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getFlowtableProfile()
 * @model
 * @generated
 */
public interface FlowtableProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nftoffload.model.ModelPackage#getFlowtableProfile_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.FlowtableProfile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nftoffload.model.ModelPackage#getFlowtableProfile_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.FlowtableProfile#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getFlowtableProfile_Roles()
	 * @model
	 * @generated
	 */
	EList<String> getRoles();

	/**
	 * Returns the value of the '<em><b>Flowtables</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.FlowtableTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flowtables</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getFlowtableProfile_Flowtables()
	 * @model containment="true"
	 * @generated
	 */
	EList<FlowtableTemplate> getFlowtables();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.nftoffload.model.RuleTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.nftoffload.model.ModelPackage#getFlowtableProfile_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<RuleTemplate> getRules();

	/**
	 * Returns the value of the '<em><b>Sysctls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The profile's default flowtable timeouts for its hosts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sysctls</em>' containment reference.
	 * @see #setSysctls(SysctlSettings)
	 * @see org.nftoffload.model.ModelPackage#getFlowtableProfile_Sysctls()
	 * @model containment="true"
	 * @generated
	 */
	SysctlSettings getSysctls();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.FlowtableProfile#getSysctls <em>Sysctls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sysctls</em>' containment reference.
	 * @see #getSysctls()
	 * @generated
	 */
	void setSysctls(SysctlSettings value);

} // FlowtableProfile
