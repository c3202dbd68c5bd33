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

import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.LogEntry;
import org.triage.model.Note;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.Symptom;
import org.triage.model.TargetDescription;
import org.triage.model.TriagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.impl.SessionImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getProductVersion <em>Product Version</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getSymptom <em>Symptom</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getFixAttempts <em>Fix Attempts</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getLog <em>Log</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.triage.model.impl.SessionImpl#getOutcomeSummary <em>Outcome Summary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends IdentifiedImpl implements Session {
	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected Date closedAt = CLOSED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductVersion() <em>Product Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductVersion() <em>Product Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductVersion()
	 * @generated
	 * @ordered
	 */
	protected String productVersion = PRODUCT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected TargetDescription target;

	/**
	 * The cached value of the '{@link #getSymptom() <em>Symptom</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymptom()
	 * @generated
	 * @ordered
	 */
	protected Symptom symptom;

	/**
	 * The cached value of the '{@link #getObservations() <em>Observations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected EList<Observation> observations;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getFixAttempts() <em>Fix Attempts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixAttempts()
	 * @generated
	 * @ordered
	 */
	protected EList<FixAttempt> fixAttempts;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getLog() <em>Log</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLog()
	 * @generated
	 * @ordered
	 */
	protected EList<LogEntry> log;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final SessionOutcome OUTCOME_EDEFAULT = SessionOutcome.OPEN;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected SessionOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcomeSummary() <em>Outcome Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcomeSummary() <em>Outcome Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeSummary()
	 * @generated
	 * @ordered
	 */
	protected String outcomeSummary = OUTCOME_SUMMARY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getClosedAt() {
		return closedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Date newClosedAt) {
		Date oldClosedAt = closedAt;
		closedAt = newClosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__CLOSED_AT, oldClosedAt, closedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductVersion() {
		return productVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductVersion(String newProductVersion) {
		String oldProductVersion = productVersion;
		productVersion = newProductVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__PRODUCT_VERSION, oldProductVersion, productVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetDescription getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTarget(TargetDescription newTarget, NotificationChain msgs) {
		TargetDescription oldTarget = target;
		target = newTarget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__TARGET, oldTarget, newTarget);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(TargetDescription newTarget) {
		if (newTarget != target) {
			NotificationChain msgs = null;
			if (target != null)
				msgs = ((InternalEObject)target).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TriagePackage.SESSION__TARGET, null, msgs);
			if (newTarget != null)
				msgs = ((InternalEObject)newTarget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TriagePackage.SESSION__TARGET, null, msgs);
			msgs = basicSetTarget(newTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__TARGET, newTarget, newTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Symptom getSymptom() {
		return symptom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSymptom(Symptom newSymptom, NotificationChain msgs) {
		Symptom oldSymptom = symptom;
		symptom = newSymptom;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__SYMPTOM, oldSymptom, newSymptom);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymptom(Symptom newSymptom) {
		if (newSymptom != symptom) {
			NotificationChain msgs = null;
			if (symptom != null)
				msgs = ((InternalEObject)symptom).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TriagePackage.SESSION__SYMPTOM, null, msgs);
			if (newSymptom != null)
				msgs = ((InternalEObject)newSymptom).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TriagePackage.SESSION__SYMPTOM, null, msgs);
			msgs = basicSetSymptom(newSymptom, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__SYMPTOM, newSymptom, newSymptom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Observation> getObservations() {
		if (observations == null) {
			observations = new EObjectContainmentEList<Observation>(Observation.class, this, TriagePackage.SESSION__OBSERVATIONS);
		}
		return observations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, TriagePackage.SESSION__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FixAttempt> getFixAttempts() {
		if (fixAttempts == null) {
			fixAttempts = new EObjectContainmentEList<FixAttempt>(FixAttempt.class, this, TriagePackage.SESSION__FIX_ATTEMPTS);
		}
		return fixAttempts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, TriagePackage.SESSION__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogEntry> getLog() {
		if (log == null) {
			log = new EObjectContainmentEList<LogEntry>(LogEntry.class, this, TriagePackage.SESSION__LOG);
		}
		return log;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(SessionOutcome newOutcome) {
		SessionOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcomeSummary() {
		return outcomeSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcomeSummary(String newOutcomeSummary) {
		String oldOutcomeSummary = outcomeSummary;
		outcomeSummary = newOutcomeSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.SESSION__OUTCOME_SUMMARY, oldOutcomeSummary, outcomeSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TriagePackage.SESSION__TARGET:
				return basicSetTarget(null, msgs);
			case TriagePackage.SESSION__SYMPTOM:
				return basicSetSymptom(null, msgs);
			case TriagePackage.SESSION__OBSERVATIONS:
				return ((InternalEList<?>)getObservations()).basicRemove(otherEnd, msgs);
			case TriagePackage.SESSION__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case TriagePackage.SESSION__FIX_ATTEMPTS:
				return ((InternalEList<?>)getFixAttempts()).basicRemove(otherEnd, msgs);
			case TriagePackage.SESSION__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case TriagePackage.SESSION__LOG:
				return ((InternalEList<?>)getLog()).basicRemove(otherEnd, msgs);
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
			case TriagePackage.SESSION__CREATED_AT:
				return getCreatedAt();
			case TriagePackage.SESSION__CLOSED_AT:
				return getClosedAt();
			case TriagePackage.SESSION__PRODUCT_VERSION:
				return getProductVersion();
			case TriagePackage.SESSION__OPERATOR:
				return getOperator();
			case TriagePackage.SESSION__TARGET:
				return getTarget();
			case TriagePackage.SESSION__SYMPTOM:
				return getSymptom();
			case TriagePackage.SESSION__OBSERVATIONS:
				return getObservations();
			case TriagePackage.SESSION__FINDINGS:
				return getFindings();
			case TriagePackage.SESSION__FIX_ATTEMPTS:
				return getFixAttempts();
			case TriagePackage.SESSION__NOTES:
				return getNotes();
			case TriagePackage.SESSION__LOG:
				return getLog();
			case TriagePackage.SESSION__OUTCOME:
				return getOutcome();
			case TriagePackage.SESSION__OUTCOME_SUMMARY:
				return getOutcomeSummary();
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
			case TriagePackage.SESSION__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case TriagePackage.SESSION__CLOSED_AT:
				setClosedAt((Date)newValue);
				return;
			case TriagePackage.SESSION__PRODUCT_VERSION:
				setProductVersion((String)newValue);
				return;
			case TriagePackage.SESSION__OPERATOR:
				setOperator((String)newValue);
				return;
			case TriagePackage.SESSION__TARGET:
				setTarget((TargetDescription)newValue);
				return;
			case TriagePackage.SESSION__SYMPTOM:
				setSymptom((Symptom)newValue);
				return;
			case TriagePackage.SESSION__OBSERVATIONS:
				getObservations().clear();
				getObservations().addAll((Collection<? extends Observation>)newValue);
				return;
			case TriagePackage.SESSION__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case TriagePackage.SESSION__FIX_ATTEMPTS:
				getFixAttempts().clear();
				getFixAttempts().addAll((Collection<? extends FixAttempt>)newValue);
				return;
			case TriagePackage.SESSION__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case TriagePackage.SESSION__LOG:
				getLog().clear();
				getLog().addAll((Collection<? extends LogEntry>)newValue);
				return;
			case TriagePackage.SESSION__OUTCOME:
				setOutcome((SessionOutcome)newValue);
				return;
			case TriagePackage.SESSION__OUTCOME_SUMMARY:
				setOutcomeSummary((String)newValue);
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
			case TriagePackage.SESSION__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case TriagePackage.SESSION__CLOSED_AT:
				setClosedAt(CLOSED_AT_EDEFAULT);
				return;
			case TriagePackage.SESSION__PRODUCT_VERSION:
				setProductVersion(PRODUCT_VERSION_EDEFAULT);
				return;
			case TriagePackage.SESSION__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case TriagePackage.SESSION__TARGET:
				setTarget((TargetDescription)null);
				return;
			case TriagePackage.SESSION__SYMPTOM:
				setSymptom((Symptom)null);
				return;
			case TriagePackage.SESSION__OBSERVATIONS:
				getObservations().clear();
				return;
			case TriagePackage.SESSION__FINDINGS:
				getFindings().clear();
				return;
			case TriagePackage.SESSION__FIX_ATTEMPTS:
				getFixAttempts().clear();
				return;
			case TriagePackage.SESSION__NOTES:
				getNotes().clear();
				return;
			case TriagePackage.SESSION__LOG:
				getLog().clear();
				return;
			case TriagePackage.SESSION__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case TriagePackage.SESSION__OUTCOME_SUMMARY:
				setOutcomeSummary(OUTCOME_SUMMARY_EDEFAULT);
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
			case TriagePackage.SESSION__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case TriagePackage.SESSION__CLOSED_AT:
				return CLOSED_AT_EDEFAULT == null ? closedAt != null : !CLOSED_AT_EDEFAULT.equals(closedAt);
			case TriagePackage.SESSION__PRODUCT_VERSION:
				return PRODUCT_VERSION_EDEFAULT == null ? productVersion != null : !PRODUCT_VERSION_EDEFAULT.equals(productVersion);
			case TriagePackage.SESSION__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case TriagePackage.SESSION__TARGET:
				return target != null;
			case TriagePackage.SESSION__SYMPTOM:
				return symptom != null;
			case TriagePackage.SESSION__OBSERVATIONS:
				return observations != null && !observations.isEmpty();
			case TriagePackage.SESSION__FINDINGS:
				return findings != null && !findings.isEmpty();
			case TriagePackage.SESSION__FIX_ATTEMPTS:
				return fixAttempts != null && !fixAttempts.isEmpty();
			case TriagePackage.SESSION__NOTES:
				return notes != null && !notes.isEmpty();
			case TriagePackage.SESSION__LOG:
				return log != null && !log.isEmpty();
			case TriagePackage.SESSION__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case TriagePackage.SESSION__OUTCOME_SUMMARY:
				return OUTCOME_SUMMARY_EDEFAULT == null ? outcomeSummary != null : !OUTCOME_SUMMARY_EDEFAULT.equals(outcomeSummary);
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
		result.append(" (createdAt: ");
		result.append(createdAt);
		result.append(", closedAt: ");
		result.append(closedAt);
		result.append(", productVersion: ");
		result.append(productVersion);
		result.append(", operator: ");
		result.append(operator);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", outcomeSummary: ");
		result.append(outcomeSummary);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
