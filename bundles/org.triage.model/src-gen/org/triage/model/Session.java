/**
 */
package org.triage.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.Session#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.triage.model.Session#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.triage.model.Session#getProductVersion <em>Product Version</em>}</li>
 *   <li>{@link org.triage.model.Session#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.triage.model.Session#getTarget <em>Target</em>}</li>
 *   <li>{@link org.triage.model.Session#getSymptom <em>Symptom</em>}</li>
 *   <li>{@link org.triage.model.Session#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.triage.model.Session#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.triage.model.Session#getFixAttempts <em>Fix Attempts</em>}</li>
 *   <li>{@link org.triage.model.Session#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.triage.model.Session#getLog <em>Log</em>}</li>
 *   <li>{@link org.triage.model.Session#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.triage.model.Session#getOutcomeSummary <em>Outcome Summary</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getSession()
 * @model
 * @generated
 */
public interface Session extends Identified {
	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.triage.model.TriagePackage#getSession_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.Session#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Date)
	 * @see org.triage.model.TriagePackage#getSession_ClosedAt()
	 * @model
	 * @generated
	 */
	Date getClosedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.Session#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Product Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product Version</em>' attribute.
	 * @see #setProductVersion(String)
	 * @see org.triage.model.TriagePackage#getSession_ProductVersion()
	 * @model
	 * @generated
	 */
	String getProductVersion();

	/**
	 * Sets the value of the '{@link org.triage.model.Session#getProductVersion <em>Product Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Version</em>' attribute.
	 * @see #getProductVersion()
	 * @generated
	 */
	void setProductVersion(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see org.triage.model.TriagePackage#getSession_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link org.triage.model.Session#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' containment reference.
	 * @see #setTarget(TargetDescription)
	 * @see org.triage.model.TriagePackage#getSession_Target()
	 * @model containment="true"
	 * @generated
	 */
	TargetDescription getTarget();

	/**
	 * Sets the value of the '{@link org.triage.model.Session#getTarget <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' containment reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(TargetDescription value);

	/**
	 * Returns the value of the '<em><b>Symptom</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symptom</em>' containment reference.
	 * @see #setSymptom(Symptom)
	 * @see org.triage.model.TriagePackage#getSession_Symptom()
	 * @model containment="true"
	 * @generated
	 */
	Symptom getSymptom();

	/**
	 * Sets the value of the '{@link org.triage.model.Session#getSymptom <em>Symptom</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symptom</em>' containment reference.
	 * @see #getSymptom()
	 * @generated
	 */
	void setSymptom(Symptom value);

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every probe run in time order: the first diagnosis and every re-run that verified a fix.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observations</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getSession_Observations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Observation> getObservations();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getSession_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Fix Attempts</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.FixAttempt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fix Attempts</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getSession_FixAttempts()
	 * @model containment="true"
	 * @generated
	 */
	EList<FixAttempt> getFixAttempts();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getSession_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Log</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.LogEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tool's own log of this session: contributions that failed, probes that timed out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Log</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getSession_Log()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogEntry> getLog();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The default value is <code>"open"</code>.
	 * The literals are from the enumeration {@link org.triage.model.SessionOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.triage.model.SessionOutcome
	 * @see #setOutcome(SessionOutcome)
	 * @see org.triage.model.TriagePackage#getSession_Outcome()
	 * @model default="open"
	 * @generated
	 */
	SessionOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.triage.model.Session#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.triage.model.SessionOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(SessionOutcome value);

	/**
	 * Returns the value of the '<em><b>Outcome Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome Summary</em>' attribute.
	 * @see #setOutcomeSummary(String)
	 * @see org.triage.model.TriagePackage#getSession_OutcomeSummary()
	 * @model
	 * @generated
	 */
	String getOutcomeSummary();

	/**
	 * Sets the value of the '{@link org.triage.model.Session#getOutcomeSummary <em>Outcome Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome Summary</em>' attribute.
	 * @see #getOutcomeSummary()
	 * @generated
	 */
	void setOutcomeSummary(String value);

} // Session
