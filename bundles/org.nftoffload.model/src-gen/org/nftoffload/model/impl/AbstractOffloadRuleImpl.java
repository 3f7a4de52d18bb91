/**
 */
package org.nftoffload.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.nftoffload.model.AbstractOffloadRule;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.Protocol;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Offload Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.AbstractOffloadRuleImpl#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractOffloadRuleImpl#getSourcePrefixes <em>Source Prefixes</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractOffloadRuleImpl#getDestinationPrefixes <em>Destination Prefixes</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractOffloadRuleImpl#isExcludeMarked <em>Exclude Marked</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractOffloadRuleImpl#isExcludeNatted <em>Exclude Natted</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractOffloadRuleImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractOffloadRuleImpl extends EObjectImpl implements AbstractOffloadRule {
	/**
	 * The cached value of the '{@link #getProtocols() <em>Protocols</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocols()
	 * @generated
	 * @ordered
	 */
	protected EList<Protocol> protocols;

	/**
	 * The cached value of the '{@link #getSourcePrefixes() <em>Source Prefixes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcePrefixes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sourcePrefixes;

	/**
	 * The cached value of the '{@link #getDestinationPrefixes() <em>Destination Prefixes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestinationPrefixes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> destinationPrefixes;

	/**
	 * The default value of the '{@link #isExcludeMarked() <em>Exclude Marked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeMarked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDE_MARKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcludeMarked() <em>Exclude Marked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeMarked()
	 * @generated
	 * @ordered
	 */
	protected boolean excludeMarked = EXCLUDE_MARKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isExcludeNatted() <em>Exclude Natted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeNatted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDE_NATTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcludeNatted() <em>Exclude Natted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeNatted()
	 * @generated
	 * @ordered
	 */
	protected boolean excludeNatted = EXCLUDE_NATTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractOffloadRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Protocol> getProtocols() {
		if (protocols == null) {
			protocols = new EDataTypeUniqueEList<Protocol>(Protocol.class, this, ModelPackage.ABSTRACT_OFFLOAD_RULE__PROTOCOLS);
		}
		return protocols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSourcePrefixes() {
		if (sourcePrefixes == null) {
			sourcePrefixes = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES);
		}
		return sourcePrefixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDestinationPrefixes() {
		if (destinationPrefixes == null) {
			destinationPrefixes = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES);
		}
		return destinationPrefixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcludeMarked() {
		return excludeMarked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeMarked(boolean newExcludeMarked) {
		boolean oldExcludeMarked = excludeMarked;
		excludeMarked = newExcludeMarked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED, oldExcludeMarked, excludeMarked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcludeNatted() {
		return excludeNatted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeNatted(boolean newExcludeNatted) {
		boolean oldExcludeNatted = excludeNatted;
		excludeNatted = newExcludeNatted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED, oldExcludeNatted, excludeNatted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_OFFLOAD_RULE__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__PROTOCOLS:
				return getProtocols();
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES:
				return getSourcePrefixes();
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES:
				return getDestinationPrefixes();
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED:
				return isExcludeMarked();
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED:
				return isExcludeNatted();
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__COMMENT:
				return getComment();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__PROTOCOLS:
				getProtocols().clear();
				getProtocols().addAll((Collection<? extends Protocol>)newValue);
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES:
				getSourcePrefixes().clear();
				getSourcePrefixes().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES:
				getDestinationPrefixes().clear();
				getDestinationPrefixes().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED:
				setExcludeMarked((Boolean)newValue);
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED:
				setExcludeNatted((Boolean)newValue);
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__COMMENT:
				setComment((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__PROTOCOLS:
				getProtocols().clear();
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES:
				getSourcePrefixes().clear();
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES:
				getDestinationPrefixes().clear();
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED:
				setExcludeMarked(EXCLUDE_MARKED_EDEFAULT);
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED:
				setExcludeNatted(EXCLUDE_NATTED_EDEFAULT);
				return;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__PROTOCOLS:
				return protocols != null && !protocols.isEmpty();
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES:
				return sourcePrefixes != null && !sourcePrefixes.isEmpty();
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES:
				return destinationPrefixes != null && !destinationPrefixes.isEmpty();
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED:
				return excludeMarked != EXCLUDE_MARKED_EDEFAULT;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED:
				return excludeNatted != EXCLUDE_NATTED_EDEFAULT;
			case ModelPackage.ABSTRACT_OFFLOAD_RULE__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (protocols: ");
		result.append(protocols);
		result.append(", sourcePrefixes: ");
		result.append(sourcePrefixes);
		result.append(", destinationPrefixes: ");
		result.append(destinationPrefixes);
		result.append(", excludeMarked: ");
		result.append(excludeMarked);
		result.append(", excludeNatted: ");
		result.append(excludeNatted);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //AbstractOffloadRuleImpl
