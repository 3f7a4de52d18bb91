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
 *   <li>{@link org.nftoffload.model.Flowtable#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.nftoffload.model.Flowtable#getOverriddenFeatures <em>Overridden Features</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The profile template this flowtable was made from; unset for a flowtable of the host's own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(FlowtableTemplate)
	 * @see org.nftoffload.model.ModelPackage#getFlowtable_Template()
	 * @model
	 * @generated
	 */
	FlowtableTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.Flowtable#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(FlowtableTemplate value);

	/**
	 * Returns the value of the '<em><b>Overridden Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the features (priority, offloadMode, counter) this host sets itself; the others follow its group's settings, then its template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overridden Features</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getFlowtable_OverriddenFeatures()
	 * @model
	 * @generated
	 */
	EList<String> getOverriddenFeatures();

} // Flowtable
