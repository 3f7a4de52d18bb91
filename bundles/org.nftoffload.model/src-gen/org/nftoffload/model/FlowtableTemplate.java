/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flowtable Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.FlowtableTemplate#getDeviceRoles <em>Device Roles</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getFlowtableTemplate()
 * @model
 * @generated
 */
public interface FlowtableTemplate extends AbstractFlowtable {
	/**
	 * Returns the value of the '<em><b>Device Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Roles</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getFlowtableTemplate_DeviceRoles()
	 * @model
	 * @generated
	 */
	EList<String> getDeviceRoles();

} // FlowtableTemplate
