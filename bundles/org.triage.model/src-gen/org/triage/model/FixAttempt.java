/**
 */
package org.triage.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fix Attempt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.FixAttempt#getFixId <em>Fix Id</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getFixName <em>Fix Name</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getContributor <em>Contributor</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getContributorVersion <em>Contributor Version</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getAddressedCauses <em>Addressed Causes</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#isAutomatable <em>Automatable</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getPreconditions <em>Preconditions</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getPlannedChanges <em>Planned Changes</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getLog <em>Log</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getOutcomeMessage <em>Outcome Message</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getVerification <em>Verification</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getVerificationResult <em>Verification Result</em>}</li>
 *   <li>{@link org.triage.model.FixAttempt#getRemainingCauses <em>Remaining Causes</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getFixAttempt()
 * @model
 * @generated
 */
public interface FixAttempt extends Identified {
	/**
	 * Returns the value of the '<em><b>Fix Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fix Id</em>' attribute.
	 * @see #setFixId(String)
	 * @see org.triage.model.TriagePackage#getFixAttempt_FixId()
	 * @model required="true"
	 * @generated
	 */
	String getFixId();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getFixId <em>Fix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fix Id</em>' attribute.
	 * @see #getFixId()
	 * @generated
	 */
	void setFixId(String value);

	/**
	 * Returns the value of the '<em><b>Fix Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fix Name</em>' attribute.
	 * @see #setFixName(String)
	 * @see org.triage.model.TriagePackage#getFixAttempt_FixName()
	 * @model
	 * @generated
	 */
	String getFixName();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getFixName <em>Fix Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fix Name</em>' attribute.
	 * @see #getFixName()
	 * @generated
	 */
	void setFixName(String value);

	/**
	 * Returns the value of the '<em><b>Contributor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The symbolic name of the bundle that contributed the fix.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributor</em>' attribute.
	 * @see #setContributor(String)
	 * @see org.triage.model.TriagePackage#getFixAttempt_Contributor()
	 * @model
	 * @generated
	 */
	String getContributor();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getContributor <em>Contributor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contributor</em>' attribute.
	 * @see #getContributor()
	 * @generated
	 */
	void setContributor(String value);

	/**
	 * Returns the value of the '<em><b>Contributor Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contributor Version</em>' attribute.
	 * @see #setContributorVersion(String)
	 * @see org.triage.model.TriagePackage#getFixAttempt_ContributorVersion()
	 * @model
	 * @generated
	 */
	String getContributorVersion();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getContributorVersion <em>Contributor Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contributor Version</em>' attribute.
	 * @see #getContributorVersion()
	 * @generated
	 */
	void setContributorVersion(String value);

	/**
	 * Returns the value of the '<em><b>Addressed Causes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressed Causes</em>' attribute list.
	 * @see org.triage.model.TriagePackage#getFixAttempt_AddressedCauses()
	 * @model
	 * @generated
	 */
	EList<String> getAddressedCauses();

	/**
	 * Returns the value of the '<em><b>Automatable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Automatable</em>' attribute.
	 * @see #setAutomatable(boolean)
	 * @see org.triage.model.TriagePackage#getFixAttempt_Automatable()
	 * @model
	 * @generated
	 */
	boolean isAutomatable();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#isAutomatable <em>Automatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automatable</em>' attribute.
	 * @see #isAutomatable()
	 * @generated
	 */
	void setAutomatable(boolean value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.triage.model.TriagePackage#getFixAttempt_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Date)
	 * @see org.triage.model.TriagePackage#getFixAttempt_FinishedAt()
	 * @model
	 * @generated
	 */
	Date getFinishedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Preconditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Precondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preconditions</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getFixAttempt_Preconditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Precondition> getPreconditions();

	/**
	 * Returns the value of the '<em><b>Planned Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Change}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The preview: exactly what the fix said it would change, before it was confirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Changes</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getFixAttempt_PlannedChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Change> getPlannedChanges();

	/**
	 * Returns the value of the '<em><b>Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Change}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the target reports it actually changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Changes</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getFixAttempt_Changes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Change> getChanges();

	/**
	 * Returns the value of the '<em><b>Log</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.LogEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Log</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getFixAttempt_Log()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogEntry> getLog();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.triage.model.FixOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.triage.model.FixOutcome
	 * @see #setOutcome(FixOutcome)
	 * @see org.triage.model.TriagePackage#getFixAttempt_Outcome()
	 * @model
	 * @generated
	 */
	FixOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.triage.model.FixOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(FixOutcome value);

	/**
	 * Returns the value of the '<em><b>Outcome Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome Message</em>' attribute.
	 * @see #setOutcomeMessage(String)
	 * @see org.triage.model.TriagePackage#getFixAttempt_OutcomeMessage()
	 * @model
	 * @generated
	 */
	String getOutcomeMessage();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getOutcomeMessage <em>Outcome Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome Message</em>' attribute.
	 * @see #getOutcomeMessage()
	 * @generated
	 */
	void setOutcomeMessage(String value);

	/**
	 * Returns the value of the '<em><b>Verification</b></em>' reference list.
	 * The list contents are of type {@link org.triage.model.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The observations re-run after the fix to verify it; they live in the session's observations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verification</em>' reference list.
	 * @see org.triage.model.TriagePackage#getFixAttempt_Verification()
	 * @model
	 * @generated
	 */
	EList<Observation> getVerification();

	/**
	 * Returns the value of the '<em><b>Verification Result</b></em>' attribute.
	 * The literals are from the enumeration {@link org.triage.model.VerificationResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verification Result</em>' attribute.
	 * @see org.triage.model.VerificationResult
	 * @see #setVerificationResult(VerificationResult)
	 * @see org.triage.model.TriagePackage#getFixAttempt_VerificationResult()
	 * @model
	 * @generated
	 */
	VerificationResult getVerificationResult();

	/**
	 * Sets the value of the '{@link org.triage.model.FixAttempt#getVerificationResult <em>Verification Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Result</em>' attribute.
	 * @see org.triage.model.VerificationResult
	 * @see #getVerificationResult()
	 * @generated
	 */
	void setVerificationResult(VerificationResult value);

	/**
	 * Returns the value of the '<em><b>Remaining Causes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remaining Causes</em>' attribute list.
	 * @see org.triage.model.TriagePackage#getFixAttempt_RemainingCauses()
	 * @model
	 * @generated
	 */
	EList<String> getRemainingCauses();

} // FixAttempt
