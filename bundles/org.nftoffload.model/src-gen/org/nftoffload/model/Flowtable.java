/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flowtable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.Flowtable#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getFlowtable()
 * @model
 * @generated
 */
public interface Flowtable extends AbstractFlowtable {
	/**
	 * Returns the value of the '<em><b>Devices</b></em>' reference list.
	 * The list contents are of type {@link org.nftoffload.model.NetworkInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' reference list.
	 * @see org.nftoffload.model.ModelPackage#getFlowtable_Devices()
	 * @model
	 * @generated
	 */
	EList<NetworkInterface> getDevices();

} // Flowtable
