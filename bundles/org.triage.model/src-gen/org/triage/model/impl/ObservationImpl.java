/**
 */
package org.triage.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.RawEvidence;
import org.triage.model.TriagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Observation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.impl.ObservationImpl#getProbeId <em>Probe Id</em>}</li>
 *   <li>{@link org.triage.model.impl.ObservationImpl#getView <em>View</em>}</li>
 *   <li>{@link org.triage.model.impl.ObservationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.triage.model.impl.ObservationImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.triage.model.impl.ObservationImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.triage.model.impl.ObservationImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.triage.model.impl.ObservationImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.triage.model.impl.ObservationImpl#getFinishedAt <em>Finished At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObservationImpl extends IdentifiedImpl implements Observation {
	/**
	 * The default value of the '{@link #getProbeId() <em>Probe Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProbeId() <em>Probe Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeId()
	 * @generated
	 * @ordered
	 */
	protected String probeId = PROBE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getView() <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getView()
	 * @generated
	 * @ordered
	 */
	protected static final String VIEW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getView() <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getView()
	 * @generated
	 * @ordered
	 */
	protected String view = VIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ObservationStatus STATUS_EDEFAULT = ObservationStatus.OK;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ObservationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFacts() <em>Facts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Fact> facts;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<RawEvidence> evidence;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Date startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date FINISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected Date finishedAt = FINISHED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObservationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.OBSERVATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProbeId() {
		return probeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeId(String newProbeId) {
		String oldProbeId = probeId;
		probeId = newProbeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.OBSERVATION__PROBE_ID, oldProbeId, probeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getView() {
		return view;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setView(String newView) {
		String oldView = view;
		view = newView;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.OBSERVATION__VIEW, oldView, view));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObservationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ObservationStatus newStatus) {
		ObservationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.OBSERVATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.OBSERVATION__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fact> getFacts() {
		if (facts == null) {
			facts = new EObjectContainmentEList<Fact>(Fact.class, this, TriagePackage.OBSERVATION__FACTS);
		}
		return facts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RawEvidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<RawEvidence>(RawEvidence.class, this, TriagePackage.OBSERVATION__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Date newStartedAt) {
		Date oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.OBSERVATION__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFinishedAt() {
		return finishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(Date newFinishedAt) {
		Date oldFinishedAt = finishedAt;
		finishedAt = newFinishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.OBSERVATION__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TriagePackage.OBSERVATION__FACTS:
				return ((InternalEList<?>)getFacts()).basicRemove(otherEnd, msgs);
			case TriagePackage.OBSERVATION__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TriagePackage.OBSERVATION__PROBE_ID:
				return getProbeId();
			case TriagePackage.OBSERVATION__VIEW:
				return getView();
			case TriagePackage.OBSERVATION__STATUS:
				return getStatus();
			case TriagePackage.OBSERVATION__SUMMARY:
				return getSummary();
			case TriagePackage.OBSERVATION__FACTS:
				return getFacts();
			case TriagePackage.OBSERVATION__EVIDENCE:
				return getEvidence();
			case TriagePackage.OBSERVATION__STARTED_AT:
				return getStartedAt();
			case TriagePackage.OBSERVATION__FINISHED_AT:
				return getFinishedAt();
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
			case TriagePackage.OBSERVATION__PROBE_ID:
				setProbeId((String)newValue);
				return;
			case TriagePackage.OBSERVATION__VIEW:
				setView((String)newValue);
				return;
			case TriagePackage.OBSERVATION__STATUS:
				setStatus((ObservationStatus)newValue);
				return;
			case TriagePackage.OBSERVATION__SUMMARY:
				setSummary((String)newValue);
				return;
			case TriagePackage.OBSERVATION__FACTS:
				getFacts().clear();
				getFacts().addAll((Collection<? extends Fact>)newValue);
				return;
			case TriagePackage.OBSERVATION__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends RawEvidence>)newValue);
				return;
			case TriagePackage.OBSERVATION__STARTED_AT:
				setStartedAt((Date)newValue);
				return;
			case TriagePackage.OBSERVATION__FINISHED_AT:
				setFinishedAt((Date)newValue);
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
			case TriagePackage.OBSERVATION__PROBE_ID:
				setProbeId(PROBE_ID_EDEFAULT);
				return;
			case TriagePackage.OBSERVATION__VIEW:
				setView(VIEW_EDEFAULT);
				return;
			case TriagePackage.OBSERVATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TriagePackage.OBSERVATION__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case TriagePackage.OBSERVATION__FACTS:
				getFacts().clear();
				return;
			case TriagePackage.OBSERVATION__EVIDENCE:
				getEvidence().clear();
				return;
			case TriagePackage.OBSERVATION__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case TriagePackage.OBSERVATION__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
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
			case TriagePackage.OBSERVATION__PROBE_ID:
				return PROBE_ID_EDEFAULT == null ? probeId != null : !PROBE_ID_EDEFAULT.equals(probeId);
			case TriagePackage.OBSERVATION__VIEW:
				return VIEW_EDEFAULT == null ? view != null : !VIEW_EDEFAULT.equals(view);
			case TriagePackage.OBSERVATION__STATUS:
				return status != STATUS_EDEFAULT;
			case TriagePackage.OBSERVATION__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case TriagePackage.OBSERVATION__FACTS:
				return facts != null && !facts.isEmpty();
			case TriagePackage.OBSERVATION__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case TriagePackage.OBSERVATION__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case TriagePackage.OBSERVATION__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
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
		result.append(" (probeId: ");
		result.append(probeId);
		result.append(", view: ");
		result.append(view);
		result.append(", status: ");
		result.append(status);
		result.append(", summary: ");
		result.append(summary);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(')');
		return result.toString();
	}

} //ObservationImpl
