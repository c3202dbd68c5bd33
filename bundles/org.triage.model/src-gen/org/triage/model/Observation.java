/**
 */
package org.triage.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Observation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.Observation#getProbeId <em>Probe Id</em>}</li>
 *   <li>{@link org.triage.model.Observation#getView <em>View</em>}</li>
 *   <li>{@link org.triage.model.Observation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.triage.model.Observation#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.triage.model.Observation#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.triage.model.Observation#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.triage.model.Observation#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.triage.model.Observation#getFinishedAt <em>Finished At</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getObservation()
 * @model
 * @generated
 */
public interface Observation extends Identified {
	/**
	 * Returns the value of the '<em><b>Probe Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probe Id</em>' attribute.
	 * @see #setProbeId(String)
	 * @see org.triage.model.TriagePackage#getObservation_ProbeId()
	 * @model required="true"
	 * @generated
	 */
	String getProbeId();

	/**
	 * Sets the value of the '{@link org.triage.model.Observation#getProbeId <em>Probe Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Id</em>' attribute.
	 * @see #getProbeId()
	 * @generated
	 */
	void setProbeId(String value);

	/**
	 * Returns the value of the '<em><b>View</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>View</em>' attribute.
	 * @see #setView(String)
	 * @see org.triage.model.TriagePackage#getObservation_View()
	 * @model
	 * @generated
	 */
	String getView();

	/**
	 * Sets the value of the '{@link org.triage.model.Observation#getView <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>View</em>' attribute.
	 * @see #getView()
	 * @generated
	 */
	void setView(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.triage.model.ObservationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.triage.model.ObservationStatus
	 * @see #setStatus(ObservationStatus)
	 * @see org.triage.model.TriagePackage#getObservation_Status()
	 * @model
	 * @generated
	 */
	ObservationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.triage.model.Observation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.triage.model.ObservationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ObservationStatus value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.triage.model.TriagePackage#getObservation_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.triage.model.Observation#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Fact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facts</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getObservation_Facts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fact> getFacts();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.RawEvidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getObservation_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<RawEvidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.triage.model.TriagePackage#getObservation_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.Observation#getStartedAt <em>Started At</em>}' attribute.
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
	 * @see org.triage.model.TriagePackage#getObservation_FinishedAt()
	 * @model
	 * @generated
	 */
	Date getFinishedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.Observation#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Date value);

} // Observation
