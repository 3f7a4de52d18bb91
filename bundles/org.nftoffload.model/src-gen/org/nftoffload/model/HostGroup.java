/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.HostGroup#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.HostGroup#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.nftoffload.model.HostGroup#getAppliedProfile <em>Applied Profile</em>}</li>
 *   <li>{@link org.nftoffload.model.HostGroup#getSubgroups <em>Subgroups</em>}</li>
 *   <li>{@link org.nftoffload.model.HostGroup#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getHostGroup()
 * @model
 * @generated
 */
public interface HostGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nftoffload.model.ModelPackage#getHostGroup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.HostGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' reference list.
	 * The list contents are of type {@link org.nftoffload.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' reference list.
	 * @see org.nftoffload.model.ModelPackage#getHostGroup_Hosts()
	 * @model
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Applied Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The profile last applied to every host of this group, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applied Profile</em>' reference.
	 * @see #setAppliedProfile(FlowtableProfile)
	 * @see org.nftoffload.model.ModelPackage#getHostGroup_AppliedProfile()
	 * @model
	 * @generated
	 */
	FlowtableProfile getAppliedProfile();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.HostGroup#getAppliedProfile <em>Applied Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applied Profile</em>' reference.
	 * @see #getAppliedProfile()
	 * @generated
	 */
	void setAppliedProfile(FlowtableProfile value);

	/**
	 * Returns the value of the '<em><b>Subgroups</b></em>' reference list.
	 * The list contents are of type {@link org.nftoffload.model.HostGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups whose hosts belong to this group too (Ansible's [group:children]); a group may be the subgroup of several.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subgroups</em>' reference list.
	 * @see org.nftoffload.model.ModelPackage#getHostGroup_Subgroups()
	 * @model
	 * @generated
	 */
	EList<HostGroup> getSubgroups();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values this group gives its hosts' profile flowtables and sysctls: above the profile's defaults, below what a host sets itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(OffloadSettings)
	 * @see org.nftoffload.model.ModelPackage#getHostGroup_Settings()
	 * @model containment="true"
	 * @generated
	 */
	OffloadSettings getSettings();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.HostGroup#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(OffloadSettings value);

} // HostGroup
