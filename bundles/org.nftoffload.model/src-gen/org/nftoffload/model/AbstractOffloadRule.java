/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Offload Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.AbstractOffloadRule#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractOffloadRule#getSourcePrefixes <em>Source Prefixes</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractOffloadRule#getDestinationPrefixes <em>Destination Prefixes</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractOffloadRule#isExcludeMarked <em>Exclude Marked</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractOffloadRule#isExcludeNatted <em>Exclude Natted</em>}</li>
 *   <li>{@link org.nftoffload.model.AbstractOffloadRule#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getAbstractOffloadRule()
 * @model abstract="true"
 * @generated
 */
public interface AbstractOffloadRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Protocols</b></em>' attribute list.
	 * The list contents are of type {@link org.nftoffload.model.Protocol}.
	 * The literals are from the enumeration {@link org.nftoffload.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocols</em>' attribute list.
	 * @see org.nftoffload.model.Protocol
	 * @see org.nftoffload.model.ModelPackage#getAbstractOffloadRule_Protocols()
	 * @model
	 * @generated
	 */
	EList<Protocol> getProtocols();

	/**
	 * Returns the value of the '<em><b>Source Prefixes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Prefixes</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getAbstractOffloadRule_SourcePrefixes()
	 * @model
	 * @generated
	 */
	EList<String> getSourcePrefixes();

	/**
	 * Returns the value of the '<em><b>Destination Prefixes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destination Prefixes</em>' attribute list.
	 * @see org.nftoffload.model.ModelPackage#getAbstractOffloadRule_DestinationPrefixes()
	 * @model
	 * @generated
	 */
	EList<String> getDestinationPrefixes();

	/**
	 * Returns the value of the '<em><b>Exclude Marked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave packets that carry a firewall mark (meta mark != 0, e.g. policy routing or QoS) in the slow path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude Marked</em>' attribute.
	 * @see #setExcludeMarked(boolean)
	 * @see org.nftoffload.model.ModelPackage#getAbstractOffloadRule_ExcludeMarked()
	 * @model
	 * @generated
	 */
	boolean isExcludeMarked();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractOffloadRule#isExcludeMarked <em>Exclude Marked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Marked</em>' attribute.
	 * @see #isExcludeMarked()
	 * @generated
	 */
	void setExcludeMarked(boolean value);

	/**
	 * Returns the value of the '<em><b>Exclude Natted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave source- or destination-NATed connections in the slow path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude Natted</em>' attribute.
	 * @see #setExcludeNatted(boolean)
	 * @see org.nftoffload.model.ModelPackage#getAbstractOffloadRule_ExcludeNatted()
	 * @model
	 * @generated
	 */
	boolean isExcludeNatted();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractOffloadRule#isExcludeNatted <em>Exclude Natted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Natted</em>' attribute.
	 * @see #isExcludeNatted()
	 * @generated
	 */
	void setExcludeNatted(boolean value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.nftoffload.model.ModelPackage#getAbstractOffloadRule_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.AbstractOffloadRule#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // AbstractOffloadRule
