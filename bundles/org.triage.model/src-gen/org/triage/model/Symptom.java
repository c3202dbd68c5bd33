/**
 */
package org.triage.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Symptom</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.Symptom#getCode <em>Code</em>}</li>
 *   <li>{@link org.triage.model.Symptom#getApplication <em>Application</em>}</li>
 *   <li>{@link org.triage.model.Symptom#getDescription <em>Description</em>}</li>
 *   <li>{@link org.triage.model.Symptom#getReportedAt <em>Reported At</em>}</li>
 *   <li>{@link org.triage.model.Symptom#getPasswordChangedAt <em>Password Changed At</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getSymptom()
 * @model
 * @generated
 */
public interface Symptom extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.triage.model.TriagePackage#getSymptom_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.triage.model.Symptom#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Application</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Application</em>' attribute.
	 * @see #setApplication(String)
	 * @see org.triage.model.TriagePackage#getSymptom_Application()
	 * @model
	 * @generated
	 */
	String getApplication();

	/**
	 * Sets the value of the '{@link org.triage.model.Symptom#getApplication <em>Application</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Application</em>' attribute.
	 * @see #getApplication()
	 * @generated
	 */
	void setApplication(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.triage.model.TriagePackage#getSymptom_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.triage.model.Symptom#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Reported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported At</em>' attribute.
	 * @see #setReportedAt(Date)
	 * @see org.triage.model.TriagePackage#getSymptom_ReportedAt()
	 * @model
	 * @generated
	 */
	Date getReportedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.Symptom#getReportedAt <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported At</em>' attribute.
	 * @see #getReportedAt()
	 * @generated
	 */
	void setReportedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Password Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Password Changed At</em>' attribute.
	 * @see #setPasswordChangedAt(Date)
	 * @see org.triage.model.TriagePackage#getSymptom_PasswordChangedAt()
	 * @model
	 * @generated
	 */
	Date getPasswordChangedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.Symptom#getPasswordChangedAt <em>Password Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Changed At</em>' attribute.
	 * @see #getPasswordChangedAt()
	 * @generated
	 */
	void setPasswordChangedAt(Date value);

} // Symptom
