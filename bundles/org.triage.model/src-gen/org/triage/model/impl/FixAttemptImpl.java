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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.Observation;
import org.triage.model.Precondition;
import org.triage.model.TriagePackage;
import org.triage.model.VerificationResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fix Attempt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getFixId <em>Fix Id</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getFixName <em>Fix Name</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getContributor <em>Contributor</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getContributorVersion <em>Contributor Version</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getAddressedCauses <em>Addressed Causes</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#isAutomatable <em>Automatable</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getPreconditions <em>Preconditions</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getPlannedChanges <em>Planned Changes</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getLog <em>Log</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getOutcomeMessage <em>Outcome Message</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getVerification <em>Verification</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getVerificationResult <em>Verification Result</em>}</li>
 *   <li>{@link org.triage.model.impl.FixAttemptImpl#getRemainingCauses <em>Remaining Causes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FixAttemptImpl extends IdentifiedImpl implements FixAttempt {
	/**
	 * The default value of the '{@link #getFixId() <em>Fix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixId()
	 * @generated
	 * @ordered
	 */
	protected static final String FIX_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFixId() <em>Fix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixId()
	 * @generated
	 * @ordered
	 */
	protected String fixId = FIX_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixName() <em>Fix Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixName()
	 * @generated
	 * @ordered
	 */
	protected static final String FIX_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFixName() <em>Fix Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixName()
	 * @generated
	 * @ordered
	 */
	protected String fixName = FIX_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getContributor() <em>Contributor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributor()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTRIBUTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContributor() <em>Contributor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributor()
	 * @generated
	 * @ordered
	 */
	protected String contributor = CONTRIBUTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getContributorVersion() <em>Contributor Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributorVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTRIBUTOR_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContributorVersion() <em>Contributor Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributorVersion()
	 * @generated
	 * @ordered
	 */
	protected String contributorVersion = CONTRIBUTOR_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddressedCauses() <em>Addressed Causes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressedCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> addressedCauses;

	/**
	 * The default value of the '{@link #isAutomatable() <em>Automatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomatable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTOMATABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAutomatable() <em>Automatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomatable()
	 * @generated
	 * @ordered
	 */
	protected boolean automatable = AUTOMATABLE_EDEFAULT;

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
	 * The cached value of the '{@link #getPreconditions() <em>Preconditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreconditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Precondition> preconditions;

	/**
	 * The cached value of the '{@link #getPlannedChanges() <em>Planned Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<Change> plannedChanges;

	/**
	 * The cached value of the '{@link #getChanges() <em>Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<Change> changes;

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
	protected static final FixOutcome OUTCOME_EDEFAULT = FixOutcome.PLANNED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected FixOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcomeMessage() <em>Outcome Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcomeMessage() <em>Outcome Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeMessage()
	 * @generated
	 * @ordered
	 */
	protected String outcomeMessage = OUTCOME_MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVerification() <em>Verification</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerification()
	 * @generated
	 * @ordered
	 */
	protected EList<Observation> verification;

	/**
	 * The default value of the '{@link #getVerificationResult() <em>Verification Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationResult()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationResult VERIFICATION_RESULT_EDEFAULT = VerificationResult.NOT_RUN;

	/**
	 * The cached value of the '{@link #getVerificationResult() <em>Verification Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationResult()
	 * @generated
	 * @ordered
	 */
	protected VerificationResult verificationResult = VERIFICATION_RESULT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRemainingCauses() <em>Remaining Causes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemainingCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> remainingCauses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FixAttemptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.FIX_ATTEMPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFixId() {
		return fixId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixId(String newFixId) {
		String oldFixId = fixId;
		fixId = newFixId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__FIX_ID, oldFixId, fixId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFixName() {
		return fixName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixName(String newFixName) {
		String oldFixName = fixName;
		fixName = newFixName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__FIX_NAME, oldFixName, fixName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContributor() {
		return contributor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContributor(String newContributor) {
		String oldContributor = contributor;
		contributor = newContributor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__CONTRIBUTOR, oldContributor, contributor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContributorVersion() {
		return contributorVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContributorVersion(String newContributorVersion) {
		String oldContributorVersion = contributorVersion;
		contributorVersion = newContributorVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__CONTRIBUTOR_VERSION, oldContributorVersion, contributorVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAddressedCauses() {
		if (addressedCauses == null) {
			addressedCauses = new EDataTypeUniqueEList<String>(String.class, this, TriagePackage.FIX_ATTEMPT__ADDRESSED_CAUSES);
		}
		return addressedCauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAutomatable() {
		return automatable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomatable(boolean newAutomatable) {
		boolean oldAutomatable = automatable;
		automatable = newAutomatable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__AUTOMATABLE, oldAutomatable, automatable));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__STARTED_AT, oldStartedAt, startedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Precondition> getPreconditions() {
		if (preconditions == null) {
			preconditions = new EObjectContainmentEList<Precondition>(Precondition.class, this, TriagePackage.FIX_ATTEMPT__PRECONDITIONS);
		}
		return preconditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Change> getPlannedChanges() {
		if (plannedChanges == null) {
			plannedChanges = new EObjectContainmentEList<Change>(Change.class, this, TriagePackage.FIX_ATTEMPT__PLANNED_CHANGES);
		}
		return plannedChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Change> getChanges() {
		if (changes == null) {
			changes = new EObjectContainmentEList<Change>(Change.class, this, TriagePackage.FIX_ATTEMPT__CHANGES);
		}
		return changes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogEntry> getLog() {
		if (log == null) {
			log = new EObjectContainmentEList<LogEntry>(LogEntry.class, this, TriagePackage.FIX_ATTEMPT__LOG);
		}
		return log;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(FixOutcome newOutcome) {
		FixOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcomeMessage() {
		return outcomeMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcomeMessage(String newOutcomeMessage) {
		String oldOutcomeMessage = outcomeMessage;
		outcomeMessage = newOutcomeMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__OUTCOME_MESSAGE, oldOutcomeMessage, outcomeMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Observation> getVerification() {
		if (verification == null) {
			verification = new EObjectResolvingEList<Observation>(Observation.class, this, TriagePackage.FIX_ATTEMPT__VERIFICATION);
		}
		return verification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationResult getVerificationResult() {
		return verificationResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationResult(VerificationResult newVerificationResult) {
		VerificationResult oldVerificationResult = verificationResult;
		verificationResult = newVerificationResult == null ? VERIFICATION_RESULT_EDEFAULT : newVerificationResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.FIX_ATTEMPT__VERIFICATION_RESULT, oldVerificationResult, verificationResult));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRemainingCauses() {
		if (remainingCauses == null) {
			remainingCauses = new EDataTypeUniqueEList<String>(String.class, this, TriagePackage.FIX_ATTEMPT__REMAINING_CAUSES);
		}
		return remainingCauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TriagePackage.FIX_ATTEMPT__PRECONDITIONS:
				return ((InternalEList<?>)getPreconditions()).basicRemove(otherEnd, msgs);
			case TriagePackage.FIX_ATTEMPT__PLANNED_CHANGES:
				return ((InternalEList<?>)getPlannedChanges()).basicRemove(otherEnd, msgs);
			case TriagePackage.FIX_ATTEMPT__CHANGES:
				return ((InternalEList<?>)getChanges()).basicRemove(otherEnd, msgs);
			case TriagePackage.FIX_ATTEMPT__LOG:
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
			case TriagePackage.FIX_ATTEMPT__FIX_ID:
				return getFixId();
			case TriagePackage.FIX_ATTEMPT__FIX_NAME:
				return getFixName();
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR:
				return getContributor();
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR_VERSION:
				return getContributorVersion();
			case TriagePackage.FIX_ATTEMPT__ADDRESSED_CAUSES:
				return getAddressedCauses();
			case TriagePackage.FIX_ATTEMPT__AUTOMATABLE:
				return isAutomatable();
			case TriagePackage.FIX_ATTEMPT__STARTED_AT:
				return getStartedAt();
			case TriagePackage.FIX_ATTEMPT__FINISHED_AT:
				return getFinishedAt();
			case TriagePackage.FIX_ATTEMPT__PRECONDITIONS:
				return getPreconditions();
			case TriagePackage.FIX_ATTEMPT__PLANNED_CHANGES:
				return getPlannedChanges();
			case TriagePackage.FIX_ATTEMPT__CHANGES:
				return getChanges();
			case TriagePackage.FIX_ATTEMPT__LOG:
				return getLog();
			case TriagePackage.FIX_ATTEMPT__OUTCOME:
				return getOutcome();
			case TriagePackage.FIX_ATTEMPT__OUTCOME_MESSAGE:
				return getOutcomeMessage();
			case TriagePackage.FIX_ATTEMPT__VERIFICATION:
				return getVerification();
			case TriagePackage.FIX_ATTEMPT__VERIFICATION_RESULT:
				return getVerificationResult();
			case TriagePackage.FIX_ATTEMPT__REMAINING_CAUSES:
				return getRemainingCauses();
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
			case TriagePackage.FIX_ATTEMPT__FIX_ID:
				setFixId((String)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__FIX_NAME:
				setFixName((String)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR:
				setContributor((String)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR_VERSION:
				setContributorVersion((String)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__ADDRESSED_CAUSES:
				getAddressedCauses().clear();
				getAddressedCauses().addAll((Collection<? extends String>)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__AUTOMATABLE:
				setAutomatable((Boolean)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__STARTED_AT:
				setStartedAt((Date)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__FINISHED_AT:
				setFinishedAt((Date)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__PRECONDITIONS:
				getPreconditions().clear();
				getPreconditions().addAll((Collection<? extends Precondition>)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__PLANNED_CHANGES:
				getPlannedChanges().clear();
				getPlannedChanges().addAll((Collection<? extends Change>)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__CHANGES:
				getChanges().clear();
				getChanges().addAll((Collection<? extends Change>)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__LOG:
				getLog().clear();
				getLog().addAll((Collection<? extends LogEntry>)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__OUTCOME:
				setOutcome((FixOutcome)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__OUTCOME_MESSAGE:
				setOutcomeMessage((String)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__VERIFICATION:
				getVerification().clear();
				getVerification().addAll((Collection<? extends Observation>)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__VERIFICATION_RESULT:
				setVerificationResult((VerificationResult)newValue);
				return;
			case TriagePackage.FIX_ATTEMPT__REMAINING_CAUSES:
				getRemainingCauses().clear();
				getRemainingCauses().addAll((Collection<? extends String>)newValue);
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
			case TriagePackage.FIX_ATTEMPT__FIX_ID:
				setFixId(FIX_ID_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__FIX_NAME:
				setFixName(FIX_NAME_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR:
				setContributor(CONTRIBUTOR_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR_VERSION:
				setContributorVersion(CONTRIBUTOR_VERSION_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__ADDRESSED_CAUSES:
				getAddressedCauses().clear();
				return;
			case TriagePackage.FIX_ATTEMPT__AUTOMATABLE:
				setAutomatable(AUTOMATABLE_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__PRECONDITIONS:
				getPreconditions().clear();
				return;
			case TriagePackage.FIX_ATTEMPT__PLANNED_CHANGES:
				getPlannedChanges().clear();
				return;
			case TriagePackage.FIX_ATTEMPT__CHANGES:
				getChanges().clear();
				return;
			case TriagePackage.FIX_ATTEMPT__LOG:
				getLog().clear();
				return;
			case TriagePackage.FIX_ATTEMPT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__OUTCOME_MESSAGE:
				setOutcomeMessage(OUTCOME_MESSAGE_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__VERIFICATION:
				getVerification().clear();
				return;
			case TriagePackage.FIX_ATTEMPT__VERIFICATION_RESULT:
				setVerificationResult(VERIFICATION_RESULT_EDEFAULT);
				return;
			case TriagePackage.FIX_ATTEMPT__REMAINING_CAUSES:
				getRemainingCauses().clear();
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
			case TriagePackage.FIX_ATTEMPT__FIX_ID:
				return FIX_ID_EDEFAULT == null ? fixId != null : !FIX_ID_EDEFAULT.equals(fixId);
			case TriagePackage.FIX_ATTEMPT__FIX_NAME:
				return FIX_NAME_EDEFAULT == null ? fixName != null : !FIX_NAME_EDEFAULT.equals(fixName);
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR:
				return CONTRIBUTOR_EDEFAULT == null ? contributor != null : !CONTRIBUTOR_EDEFAULT.equals(contributor);
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR_VERSION:
				return CONTRIBUTOR_VERSION_EDEFAULT == null ? contributorVersion != null : !CONTRIBUTOR_VERSION_EDEFAULT.equals(contributorVersion);
			case TriagePackage.FIX_ATTEMPT__ADDRESSED_CAUSES:
				return addressedCauses != null && !addressedCauses.isEmpty();
			case TriagePackage.FIX_ATTEMPT__AUTOMATABLE:
				return automatable != AUTOMATABLE_EDEFAULT;
			case TriagePackage.FIX_ATTEMPT__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case TriagePackage.FIX_ATTEMPT__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
			case TriagePackage.FIX_ATTEMPT__PRECONDITIONS:
				return preconditions != null && !preconditions.isEmpty();
			case TriagePackage.FIX_ATTEMPT__PLANNED_CHANGES:
				return plannedChanges != null && !plannedChanges.isEmpty();
			case TriagePackage.FIX_ATTEMPT__CHANGES:
				return changes != null && !changes.isEmpty();
			case TriagePackage.FIX_ATTEMPT__LOG:
				return log != null && !log.isEmpty();
			case TriagePackage.FIX_ATTEMPT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case TriagePackage.FIX_ATTEMPT__OUTCOME_MESSAGE:
				return OUTCOME_MESSAGE_EDEFAULT == null ? outcomeMessage != null : !OUTCOME_MESSAGE_EDEFAULT.equals(outcomeMessage);
			case TriagePackage.FIX_ATTEMPT__VERIFICATION:
				return verification != null && !verification.isEmpty();
			case TriagePackage.FIX_ATTEMPT__VERIFICATION_RESULT:
				return verificationResult != VERIFICATION_RESULT_EDEFAULT;
			case TriagePackage.FIX_ATTEMPT__REMAINING_CAUSES:
				return remainingCauses != null && !remainingCauses.isEmpty();
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
		result.append(" (fixId: ");
		result.append(fixId);
		result.append(", fixName: ");
		result.append(fixName);
		result.append(", contributor: ");
		result.append(contributor);
		result.append(", contributorVersion: ");
		result.append(contributorVersion);
		result.append(", addressedCauses: ");
		result.append(addressedCauses);
		result.append(", automatable: ");
		result.append(automatable);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", outcomeMessage: ");
		result.append(outcomeMessage);
		result.append(", verificationResult: ");
		result.append(verificationResult);
		result.append(", remainingCauses: ");
		result.append(remainingCauses);
		result.append(')');
		return result.toString();
	}

} //FixAttemptImpl
