/**
 */
package org.triage.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.triage.model.Symptom;
import org.triage.model.TriagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Symptom</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.impl.SymptomImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.triage.model.impl.SymptomImpl#getApplication <em>Application</em>}</li>
 *   <li>{@link org.triage.model.impl.SymptomImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.triage.model.impl.SymptomImpl#getReportedAt <em>Reported At</em>}</li>
 *   <li>{@link org.triage.model.impl.SymptomImpl#getPasswordChangedAt <em>Password Changed At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SymptomImpl extends EObjectImpl implements Symptom {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getApplication() <em>Application</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplication()
	 * @generated
	 * @ordered
	 */
	protected static final String APPLICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApplication() <em>Application</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplication()
	 * @generated
	 * @ordered
	 */
	protected String application = APPLICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedAt() <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date REPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedAt() <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedAt()
	 * @generated
	 * @ordered
	 */
	protected Date reportedAt = REPORTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordChangedAt() <em>Password Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordChangedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date PASSWORD_CHANGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordChangedAt() <em>Password Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordChangedAt()
	 * @generated
	 * @ordered
	 */
	protected Date passwordChangedAt = PASSWORD_CHANGED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SymptomImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.SYMPTOM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SYMPTOM__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApplication() {
		return application;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplication(String newApplication) {
		String oldApplication = application;
		application = newApplication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SYMPTOM__APPLICATION, oldApplication, application));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SYMPTOM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReportedAt() {
		return reportedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedAt(Date newReportedAt) {
		Date oldReportedAt = reportedAt;
		reportedAt = newReportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SYMPTOM__REPORTED_AT, oldReportedAt, reportedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPasswordChangedAt() {
		return passwordChangedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordChangedAt(Date newPasswordChangedAt) {
		Date oldPasswordChangedAt = passwordChangedAt;
		passwordChangedAt = newPasswordChangedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SYMPTOM__PASSWORD_CHANGED_AT, oldPasswordChangedAt, passwordChangedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TriagePackage.SYMPTOM__CODE:
				return getCode();
			case TriagePackage.SYMPTOM__APPLICATION:
				return getApplication();
			case TriagePackage.SYMPTOM__DESCRIPTION:
				return getDescription();
			case TriagePackage.SYMPTOM__REPORTED_AT:
				return getReportedAt();
			case TriagePackage.SYMPTOM__PASSWORD_CHANGED_AT:
				return getPasswordChangedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TriagePackage.SYMPTOM__CODE:
				setCode((String)newValue);
				return;
			case TriagePackage.SYMPTOM__APPLICATION:
				setApplication((String)newValue);
				return;
			case TriagePackage.SYMPTOM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TriagePackage.SYMPTOM__REPORTED_AT:
				setReportedAt((Date)newValue);
				return;
			case TriagePackage.SYMPTOM__PASSWORD_CHANGED_AT:
				setPasswordChangedAt((Date)newValue);
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
			case TriagePackage.SYMPTOM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case TriagePackage.SYMPTOM__APPLICATION:
				setApplication(APPLICATION_EDEFAULT);
				return;
			case TriagePackage.SYMPTOM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TriagePackage.SYMPTOM__REPORTED_AT:
				setReportedAt(REPORTED_AT_EDEFAULT);
				return;
			case TriagePackage.SYMPTOM__PASSWORD_CHANGED_AT:
				setPasswordChangedAt(PASSWORD_CHANGED_AT_EDEFAULT);
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
			case TriagePackage.SYMPTOM__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case TriagePackage.SYMPTOM__APPLICATION:
				return APPLICATION_EDEFAULT == null ? application != null : !APPLICATION_EDEFAULT.equals(application);
			case TriagePackage.SYMPTOM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TriagePackage.SYMPTOM__REPORTED_AT:
				return REPORTED_AT_EDEFAULT == null ? reportedAt != null : !REPORTED_AT_EDEFAULT.equals(reportedAt);
			case TriagePackage.SYMPTOM__PASSWORD_CHANGED_AT:
				return PASSWORD_CHANGED_AT_EDEFAULT == null ? passwordChangedAt != null : !PASSWORD_CHANGED_AT_EDEFAULT.equals(passwordChangedAt);
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
		result.append(" (code: ");
		result.append(code);
		result.append(", application: ");
		result.append(application);
		result.append(", description: ");
		result.append(description);
		result.append(", reportedAt: ");
		result.append(reportedAt);
		result.append(", passwordChangedAt: ");
		result.append(passwordChangedAt);
		result.append(')');
		return result.toString();
	}

} //SymptomImpl
