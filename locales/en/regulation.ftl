# Breachlog — regulation engine (obligations, filings, rules, ENISA, authorities, drafts).
# de, nl and fr must have the same ids and variables.

## Reasons (why a field was refused)

reason-reasons-for-delay-required = the filing is { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} after the deadline, so the reasons for the delay must be given
reason-notify-required = “no notification” can only be decided when the risk is “none”
reason-regime-not-enabled = this regime does not apply to the organisation or the incident
reason-not-classifiable = only nis2 (significant incident), dora (major incident) and cra (Cyber Resilience Act report) are classified
reason-already-filed = this obligation already has an initial filing; record a follow-up, final report or withdrawal instead
reason-no-initial-filing = there is no initial filing yet for this obligation
reason-before-initial-filing = it is earlier than the initial filing
reason-before-filing = it is earlier than the filing it acknowledges
reason-already-acknowledged = this filing's acknowledgement is already recorded
reason-wrong-obligation = it does not belong to this incident or obligation
reason-obligation-not-required = this obligation was decided not to be required
reason-only-for-follow-ups = only a follow-up, final report or withdrawal refers to an earlier filing
reason-unknown-authority = it is not an authority of the registry (see “breachlog authority list”)
reason-unknown-id = no entry has this id
reason-no-statutory-hours = this rule has no statutory hours to change
reason-above-legal-maximum = it is longer than the law allows: at most { $max ->
    [one] { $max } hour
   *[other] { $max } hours
 } ({ $reference }); a setting can only shorten a statutory deadline
reason-not-incoming = only an incoming request can be answered
reason-decided-by-assessment = this decision follows from the breach assessment; change the assessment instead
reason-not-classified = the incident is not classified under this regime yet (“breachlog incident classify”)
reason-nis2-only = it applies only to NIS2 incidents

## Entities and fields

entity-obligation = obligation
entity-filing = filing
entity-controller = controller
entity-contact = authority contact
field-obligation = obligation
field-channel = channel
field-reference = reference
field-reasons-for-delay = reasons for the delay
field-phase = phase
field-follows = preceding filing
field-regime = regime
field-regimes = regimes
field-rule = rule
field-hours = hours
field-pack = rule pack
field-notice-hours = notice hours
field-name = name
field-contact = contact
field-controllers = controllers
field-authorities = authorities
field-authority = authority
field-art34-exemption = Art 34(3) exemption
field-art34-justification = justification of the Art 34(3) exemption
field-malicious = suspected malicious act
field-cross-border = cross-border impact
field-dora-rollover-country = DORA roll-over country
field-undue-delay-target-hours = internal target for “without undue delay”
field-notice-reminder-hours = reminder for unacknowledged customer notices (hours)
field-filing = filing
field-acknowledged-at = acknowledged at
field-acknowledged-by = acknowledged by
field-by = by
field-obligations = obligations
field-as-of = reference time
field-dpc = data processing context (DPC)
field-dpc-adjust = DPC adjustment
field-ei = ease of identification (EI)
field-cb-confidentiality = loss of confidentiality
field-cb-integrity = loss of integrity
field-cb-availability = loss of availability
field-direction = direction
field-subject = subject
field-response-due-at = response due
field-incident = incident
field-answers = answered request
field-lang = language
field-rationale = rationale
field-controller = controller
field-kind = kind of report
field-trust-service = incident affecting trust services

## Values

regime-gdpr = GDPR
regime-uk-gdpr = UK GDPR
regime-nis2 = NIS2
regime-dora = DORA
regime-eprivacy = ePrivacy
obligation-kind-notification = notification
obligation-kind-controller-notice = notice to controller
obligation-kind-subject-communication = communication to data subjects
obligation-kind-early-warning = early warning
obligation-kind-initial = initial notification
obligation-kind-intermediate = intermediate report
obligation-kind-final = final report
obligation-kind-complete = complete notification
obligation-kind-authority-request = authority request
obligation-status-pending = pending
obligation-status-filed = filed
obligation-status-filed-late = filed late
obligation-status-overdue = overdue
obligation-status-not-required = not required
obligation-status-awaiting-anchor = awaiting start
channel-portal = online portal
channel-email = e-mail
channel-letter = letter
channel-phone = telephone
phase-initial = initial
phase-follow-up = follow-up
phase-final = final
phase-withdrawal = withdrawal
art34-exemption-a = Art 34(3)(a): data unintelligible to unauthorised persons
art34-exemption-b = Art 34(3)(b): high risk no longer likely to materialise
art34-exemption-c = Art 34(3)(c): disproportionate effort, public communication instead
art34-decision-communicated = Data subjects informed
art34-decision-not-required = No communication required (no high risk)
art34-decision-pending = Communication pending
art34-decision-exempt = Exempt (Art 34(3))
tristate-yes = yes
tristate-no = no
tristate-unknown = unknown
dora-entity-type-credit-institution = credit institution
dora-entity-type-central-counterparty = central counterparty
dora-entity-type-trading-venue = operator of a trading venue
dora-entity-type-other = other financial entity
contact-direction-incoming = incoming request
contact-direction-outgoing = outgoing answer
obligation-no-longer-derived = The facts of the incident no longer call for this obligation (role, regime, personal data or exercise changed).

## CLI

reg-header-regime = Regime
reg-header-kind = Obligation
reg-header-recipient = Recipient
reg-header-due = Due
reg-header-status = Status
reg-header-reference = Legal basis
reg-no-due-time = without undue delay
reg-on-request = due date set by the request
reg-target = internal target { $at }
reg-aim-for = aim for { $target } · legal limit { $due }
recipient-data-subjects = persons concerned
recipient-public = the public
recipient-csirt = CSIRT / competent authority
recipient-financial-supervisor = financial supervisor
recipient-national-authority = national authority
recipient-supervisory-authority = supervisory authority
recipient-controller = controller
reg-elapsed = { $time } elapsed
reg-late-by = { $status } ({ $time } after the deadline)
reg-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
reg-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
reg-duration-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
reg-duration-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
reg-duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
cli-no-obligations = No obligations.
cli-no-controllers = No controllers yet. Add one with “breachlog controller add”.
cli-controller-added = Controller { $name } added ({ $id }).
cli-filing-recorded = Filing { $id } recorded.
cli-filing-recorded-late = Filing { $id } recorded, { $time } after the deadline (reasons for the delay recorded).
notice-state-draft = draft
notice-state-sent = sent
notice-state-acknowledged = acknowledged
notice-acknowledged-by = acknowledged { $at } by { $by }
notice-acknowledged-at = acknowledged { $at }
notice-reminder = reminder: not acknowledged since { $at } (follow up with the customer; not a legal deadline)
notice-remind-at = reminder { $at } if not acknowledged
cli-filing-acknowledged = Acknowledgement of filing { $id } recorded.
cli-classified = Incident { $id } classified under { $regime }; its deadlines are running.
cli-incident-regimes = Incident { $id } now falls under: { $regimes }
cli-rule-changed = Rule { $rule } changed. Obligations opened earlier keep their terms.
cli-controller-changed = Controller { $name } changed. Obligations opened earlier keep their terms.
cli-obligation-requested = Request recorded: { $kind } to { $recipient } ({ $reference }).
cli-regulation-settings-changed = Regulation settings changed.
cli-ics-written = Deadlines written to { $path }.
cli-contact-logged = Authority contact { $id } logged.
cli-no-contacts = No authority contacts logged.
ics-summary = { $kind } ({ $regime }) to { $recipient }

## ENISA severity

enisa-result = Severity { $score }: { $band }
enisa-band-low = low
enisa-band-medium = medium
enisa-band-high = high
enisa-band-very-high = very high

## Notification drafts (authority forms, data-subject communication, controller notice)

tpl-authority-title-nl-ap = Data breach notification to the { $authority }
tpl-authority-title-be-apd = Data breach notification to the { $authority }
tpl-authority-title-de = Notification of a personal data breach under Art. 33 GDPR to { $authority }
tpl-authority-title-fr-cnil = Personal data breach notification to the { $authority }
tpl-authority-title-uk-ico = Personal data breach report to the { $authority }
tpl-authority-title-ie-dpc = Breach notification to the { $authority }
tpl-authority-title-edpb = Personal data breach notification (Art. 33 GDPR) to { $authority }
tpl-subjects-title = Important information about your personal data from { $org }
tpl-controller-title = Notification of a personal data breach to { $controller } (Art. 33(2) { $law })
tpl-customer-authority-title = Notification by { $controller } to { $authority } (draft)
tpl-section-controller = Controller
tpl-section-contact = Contact person
tpl-section-notification = Type of notification
tpl-section-timeline = Timeline
tpl-section-what-happened = What happened
tpl-section-data = Personal data concerned
tpl-section-people = Persons concerned
tpl-section-data-people = Personal data and persons concerned
tpl-section-consequences = Likely consequences
tpl-section-measures = Measures taken or proposed
tpl-section-measures-before = Security measures in place before the breach
tpl-section-follow-up = Follow-up
tpl-section-informing-people = Informing the persons concerned
tpl-section-international = International aspects
tpl-section-communication = Communication and other authorities
tpl-section-containment = Containment and recovery
tpl-section-training = Staff training and awareness
tpl-section-other-regulators = Other regulators
tpl-section-intro = Introduction
tpl-field-notification-type = Type of notification
tpl-field-reference = Reference of the earlier notification
tpl-field-org-name = Name of the organisation
tpl-field-org-address = Address
tpl-field-org-registration = Company registration number
tpl-field-contact-point = Data protection officer or other contact point
tpl-field-occurred = When did the breach occur?
tpl-field-detected-at = When was the incident detected?
tpl-field-aware-at = When did the organisation become aware of the breach?
tpl-field-aware-justification = Why did establishing the breach take this long?
tpl-field-contained-at = When was the breach contained?
tpl-field-reasons-for-delay = Reasons for the delay of this notification
tpl-field-title = Summary
tpl-field-description = Description of the breach
tpl-field-plain-what-happened = What happened
tpl-field-nature = Type of breach
tpl-field-cause = Cause
tpl-field-discovery = How was the breach discovered?
tpl-field-affected-systems = Systems affected
tpl-field-data-categories = Categories of personal data
tpl-field-special-categories = Special categories of personal data and data on criminal convictions
tpl-field-records-approx = Approximate number of personal data records
tpl-field-subject-categories = Categories of persons concerned
tpl-field-subjects-approx = Approximate number of persons concerned
tpl-field-consequences = Likely consequences for the persons concerned
tpl-field-risk = Assessment of the risk
tpl-field-severity-score = Severity (ENISA method)
tpl-field-measures-taken = Measures taken
tpl-field-measures-proposed = Measures proposed
tpl-field-measures-before = Technical and organisational measures in place before the breach
tpl-field-follow-up = Further information
tpl-field-subjects-informed = Have the persons concerned been informed?
tpl-field-cross-border = Other supervisory authorities notified (cross-border)
tpl-field-other-regulators = Other regulators or authorities notified
tpl-field-staff-training = Data protection training of the staff involved
tpl-field-subjects-intro = Introduction
tpl-field-subjects-advice = What you can do
tpl-field-controller-intro = Introduction
tpl-value-new = New notification
tpl-value-follow-up = Follow-up to an earlier notification
tpl-datetime = { $year }-{ $month }-{ $day } { $time } { $zone }
tpl-estimate = estimate
tpl-unknown = unknown
tpl-none = none
tpl-discovery = { $source }, on { $at }
tpl-follow-up-info = The investigation is still ongoing. We will provide the missing information in a follow-up notification without undue further delay (Art. 33(4) GDPR).
tpl-regulator-nis2 = CSIRT / competent authority under NIS2
tpl-regulator-dora = financial supervisor under DORA
tpl-subjects-not-required = No: the breach is not likely to result in a high risk to the persons concerned.
tpl-subjects-informed = Yes, on { $at } by { $channel }.
tpl-subjects-pending = Not yet; the persons concerned will be informed without undue delay.
tpl-subjects-intro = We are writing to inform you that { $org } has experienced a security incident affecting your personal data. We regret this and want to tell you openly what happened, what it may mean for you and what we are doing about it.
tpl-subjects-advice = Be alert to unexpected messages that ask for your personal details or passwords, and do not click on links in such messages. If you used the same password elsewhere, change it there as well. If you notice anything unusual, please contact us.
tpl-controller-intro = As your processor, { $org } informs you of a personal data breach concerning personal data we process on your behalf (“{ $title }”), so that you can meet your own obligations under Art. 33 and 34 { $law }.

# Why no GDPR deadline runs for an incident (app obligations panel, `breach assess`).
clock-gap-exercise = This incident is an exercise: it creates no obligations.
clock-gap-not-assessed = No GDPR deadline runs: the incident has not been assessed as a personal-data breach (personal data involved: undetermined).
clock-gap-no-personal-data = No GDPR deadline runs: the assessment found no personal data involved.
clock-gap-gdpr-not-applied = No GDPR deadline runs: neither the GDPR nor the UK GDPR applies to this incident (regimes of the organisation or of the incident).
clock-gap-processor-without-controllers = No GDPR deadline runs yet: this incident's role is processor, so the breach is notified to the controllers (GDPR Art 33(2)), not to the authority. No notice to a controller can be derived until you select the affected controllers in the assessment.

## Cyber Resilience Act, UK PECR, DORA updated intermediate report, ePrivacy subscriber notification

regime-cra = CRA
regime-uk-pecr = UK PECR
obligation-kind-updated-intermediate = updated intermediate report
recipient-csirt-coordinator = CSIRT coordinator (via ENISA’s single reporting platform)
recipient-subscribers = subscribers or individuals concerned
cra-kind-exploited-vulnerability = actively exploited vulnerability
cra-kind-severe-incident = severe incident affecting the product’s security
field-cra-kind = kind of Cyber Resilience Act report
field-corrective-measure-at = corrective or mitigating measure available since
field-recovered-at = regular activities recovered at
reason-cra-only = it applies only to Cyber Resilience Act reports (regime cra)
obligation-action-inform-delay = Deadline at risk: if it cannot be met, inform the authority before it passes, with the reasons for the delay

# Controllers as customer records (schema 11): CLI and import.
field-country = country
field-contacts = contacts
field-contract-reference = contract reference
field-column = column
reason-not-a-country-code = it is not an ISO 3166 two-letter country code (NL, DE, FR, GB…)
reason-duplicate-column = the column appears twice in the header
reason-not-text = it is not UTF-8 text
reason-too-many-rows = the file has more than { $max } rows; split it
reason-rows-refused = { $count ->
    [one] one row is refused (listed above); nothing was imported
   *[other] { $count } rows are refused (listed above); nothing was imported
}
cli-controller-removed = Controller { $name } removed. Obligations opened for it keep it as their recipient.
cli-controllers-exported = { $count } controllers written to { $file }.
cli-controllers-imported = { $rows } rows read: { $added } added, { $changed } changed, { $unchanged } unchanged.
cli-controllers-import-dry-run = Dry run, nothing written. { $rows } rows read: { $added } would be added, { $changed } changed, { $unchanged } unchanged.
cli-controllers-import-refused = { $rows } rows read; nothing was imported.
cli-controllers-import-row = Line { $line }: { $message }
reason-not-processor = the incident is not assessed as processor or as both controller and processor; set its role first
cli-impact-set = Impact on { $controller }: { $subjects } data subjects, { $records } records. Customers with a known impact: { $known } of { $customers }; their subjects add up to { $sum } (incident-wide estimate: { $estimate }).
cli-impacts-imported = { $rows } rows read: impact set for { $set } customers ({ $added } newly affected), { $unchanged } unchanged.
cli-impacts-import-dry-run = Dry run, nothing written. { $rows } rows read: impact would be set for { $set } customers ({ $added } newly affected), { $unchanged } unchanged.
tpl-law-gdpr = GDPR
tpl-contract-reference = { " " }(ref. { $reference })
tpl-contract-clock = Our contract{ $reference } requires this notice within { $hours } hours of our becoming aware of the breach: by { $due } at the latest.
tpl-contract-clock-undue = Our contract{ $reference } sets no fixed time for this notice: we give it without undue delay after becoming aware of the breach (Art. 33(2) { $law }).
tpl-impact-own = The figures, categories and countries in this notice are those of your data only.
tpl-impact-unknown = Your own share is not known yet: the figures in this notice are those of the whole incident. We will tell you yours as soon as we know them.
tpl-field-contract-clock = Notice period
tpl-field-impact-scope = Scope of the figures
tpl-field-countries = Countries of the persons concerned
cli-notices-written = { $count } notices written to { $dir }, listed in { $manifest }.
tpl-follow-up-info-uk = The investigation is still ongoing. We will provide the missing information in a follow-up notification without undue further delay (Art. 33(4) UK GDPR).
draft-changed-since = Changed since the filing of { $date }
draft-changed-none = Nothing changed since the filing of { $date }.
draft-no-snapshot = No snapshot of the earlier filing ({ $date }): it was recorded before the content sent was kept, so the changes cannot be listed.
draft-snapshot-redacted = The content of the earlier filing ({ $date }) was erased with the incident’s personal data, so the changes cannot be listed.
draft-change-before = Before
draft-change-after = After
draft-change-absent = (not in that draft)

## What-if under a proposal pack (`breachlog rules what-if`, Settings → What if…)
what-if-header = PROPOSAL — NOT THE LAW IN FORCE. What if { $title } were adopted ({ $act }, { $date }; source { $url }). Nothing was written; the deadlines in force are unchanged.
what-if-incident = Incident { $id }
what-if-header-now = Now
what-if-header-proposal = Under the proposal
what-if-header-difference = Difference
what-if-not-owed = not owed
what-if-newly-owed = newly owed: { $due }
what-if-status-proposal = proposal

## Issue 14: what the authorities' forms ask beyond Art 33(3), and the organisation's standing details

tpl-section-legal-representative = Legal representative
tpl-section-processor = Processor involved
tpl-field-legal-basis = Under which law is this notification made?
tpl-field-other-organisation = Was another organisation involved in the breach (e.g. a processor or a customer)?
tpl-field-processor = Was a processor (subcontractor) involved in the breach?
tpl-field-ongoing = Is the breach still ongoing?
tpl-field-subjects-range = Number of persons concerned (minimum – maximum)
tpl-field-encrypted = Were the personal data encrypted, or otherwise unintelligible to unauthorised persons, when the breach occurred?
tpl-field-severity-estimate = Estimated severity of the possible consequences for the persons concerned
tpl-field-legal-representative = Legal representative (name, role)
tpl-field-dpo = Data protection officer (name, e-mail, phone)
tpl-value-withdrawal = Withdrawal of an earlier notification
tpl-yes = yes
tpl-no = no
tpl-subjects-range = { $min } – { $max }
tpl-no-registration = The organisation has no registration number
tpl-our-processor = { $org }, our processor
encrypted-yes = Yes
encrypted-no = No
encrypted-partly = Partly
severity-estimate-low = Low
severity-estimate-medium = Medium
severity-estimate-high = High
severity-estimate-very-high = Very high
legal-basis-gdpr = GDPR (AVG)
legal-basis-telecommunicatiewet = Telecommunications Act (Telecommunicatiewet)
notification-kind-initial = initial notification
notification-kind-complementary = complementary notification
notification-kind-withdrawal = withdrawal
field-ongoing = breach still ongoing
field-encrypted = data encrypted
field-subjects-min = minimum number of people
field-subjects-max = maximum number of people
field-subjects-range = number of people (minimum – maximum)
field-severity-estimate = severity estimate
field-other-organisation = other organisation involved
field-processor = processor involved
field-legal-basis = legal basis of the notification
field-notification-kind = type of notification
field-legal-representative = legal representative
field-legal-representative-name = legal representative's name
field-legal-representative-role = legal representative's role
field-registration-number = company registration number
field-org-registration = company registration number
field-dpo = data protection officer
field-dpo-name = DPO's name
field-dpo-email = DPO's e-mail
field-dpo-phone = DPO's phone
reason-not-an-email = it is not an e-mail address (name@domain.example)
reason-not-a-siren = it is not a SIREN: 9 digits whose check digit holds (or "none" if the organisation has none)
reason-not-a-kvk = it is not a KvK number: 8 digits (or "none")
cli-unanswered = Not yet answered in the record (organisation profile or assessment): { $items }
cli-authority-portal = Form
cli-authority-phone = Phone
cli-authority-address = Address
cli-authority-attachments = Attachments
cli-authority-source = Source (checked { $checked })
cli-authority-unconfirmed = not confirmed
tpl-no-siren = No SIREN (registration number: { $number })

## DORA major ICT-related incident reports (Implementing Regulation (EU) 2025/302 Annex I/II)
dora-section-1 = General information about the financial entity
dora-section-2 = Content of the initial notification
dora-section-3 = Content of the intermediate report
dora-section-4 = Content of the final report
dora-title-initial = DORA initial notification of a major ICT-related incident — { $org }
dora-title-intermediate = DORA intermediate report on a major ICT-related incident — { $org }
dora-title-final = DORA final report on a major ICT-related incident — { $org }
field-dora = DORA field number
field-stage = stage
field-report = report
field-format = file format
field-complete = complete (all the information given)
dora-missing-title = Mandatory for this report and still empty
dora-source = Template: { $source }
report-title-dora = DORA incident report
field-dora-1-1 = 1.1 Type of submission
field-dora-1-2 = 1.2 Name of the entity submitting the report
field-dora-1-3 = 1.3 Identification code of the entity submitting the report
field-dora-1-4 = 1.4 Type of financial entity affected
field-dora-1-5 = 1.5 Name of the financial entity affected
field-dora-1-6 = 1.6 LEI code of the financial entity affected
field-dora-1-7 = 1.7 Primary contact person name
field-dora-1-8 = 1.8 Primary contact person email
field-dora-1-9 = 1.9 Primary contact person telephone
field-dora-1-10 = 1.10 Second contact person name
field-dora-1-11 = 1.11 Second contact person email
field-dora-1-12 = 1.12 Second contact person telephone
field-dora-1-13 = 1.13 Name of the ultimate parent undertaking
field-dora-1-14 = 1.14 LEI code of the ultimate parent undertaking
field-dora-1-15 = 1.15 Reporting currency
field-dora-2-1 = 2.1 Incident reference code assigned by the financial entity
field-dora-2-2 = 2.2 Date and time of detection of the major ICT-related incident
field-dora-2-3 = 2.3 Date and time of classification of the ICT-related incident as major
field-dora-2-4 = 2.4 Description of the major ICT-related incident
field-dora-2-5 = 2.5 Classification criteria that triggered the incident report
field-dora-2-6 = 2.6 Materiality thresholds for the classification criterion ‘Geographical spread’
field-dora-2-7 = 2.7 Discovery of the major ICT-related incident
field-dora-2-8 = 2.8 Indication whether the major ICT-related incident originates from a third-party provider or another financial entity
field-dora-2-9 = 2.9 Activation of business continuity plan, if activated
field-dora-2-10 = 2.10 Other relevant information
field-dora-3-1 = 3.1 Incident reference code provided by the competent authority
field-dora-3-2 = 3.2 Date and time of occurrence of the major ICT-related incident
field-dora-3-3 = 3.3 Date and time when services, activities or operations have been recovered
field-dora-3-4 = 3.4 Number of clients affected
field-dora-3-5 = 3.5 Percentage of clients affected
field-dora-3-6 = 3.6 Number of financial counterparts affected
field-dora-3-7 = 3.7 Percentage of financial counterparts affected
field-dora-3-8 = 3.8 Impact on relevant clients or financial counterparts
field-dora-3-9 = 3.9 Number of affected transactions
field-dora-3-10 = 3.10 Percentage of affected transactions
field-dora-3-11 = 3.11 Value of affected transactions
field-dora-3-12 = 3.12 Information on whether the numbers are actual or estimates, or whether there has not been any impact
field-dora-3-13 = 3.13 Reputational impact
field-dora-3-14 = 3.14 Contextual information about the reputational impact
field-dora-3-15 = 3.15 Duration of the major ICT-related incident
field-dora-3-16 = 3.16 Service downtime
field-dora-3-17 = 3.17 Information on whether the numbers for duration and service downtime are actual or estimates
field-dora-3-18 = 3.18 Types of impact in the Member States
field-dora-3-19 = 3.19 Description of how the major ICT-related incident has an impact in other Member States
field-dora-3-20 = 3.20 Materiality thresholds for the classification criterion ‘Data losses’
field-dora-3-21 = 3.21 Description of the data losses
field-dora-3-22 = 3.22 Classification criterion ‘Critical services affected’
field-dora-3-23 = 3.23 Type of the major ICT-related incident
field-dora-3-24 = 3.24 Other types of incidents
field-dora-3-25 = 3.25 Threats and techniques used by the threat actor
field-dora-3-26 = 3.26 Other types of techniques
field-dora-3-27 = 3.27 Information about affected functional areas and business processes
field-dora-3-28 = 3.28 Affected infrastructure components supporting business processes
field-dora-3-29 = 3.29 Information about affected infrastructure components supporting business processes
field-dora-3-30 = 3.30 Impact on the financial interest of clients
field-dora-3-31 = 3.31 Reporting to other authorities
field-dora-3-32 = 3.32 Specification of ‘other’ authorities
field-dora-3-33 = 3.33 Temporary actions/measures taken or planned to be taken to recover from the incident
field-dora-3-34 = 3.34 Description of any temporary actions and measures taken or planned to be taken to recover from the incident
field-dora-3-35 = 3.35 Indicators of compromise
field-dora-4-1 = 4.1 High-level classification of root causes of the incident
field-dora-4-2 = 4.2 Detailed classification of root causes of the incident
field-dora-4-3 = 4.3 Additional classification of root causes of the incident
field-dora-4-4 = 4.4 Other types of root cause types
field-dora-4-5 = 4.5 Information about the root causes of the incident
field-dora-4-6 = 4.6 Incident resolution summary
field-dora-4-7 = 4.7 Date and time when the incident root cause was addressed
field-dora-4-8 = 4.8 Date and time when the incident was resolved
field-dora-4-9 = 4.9 Information if the permanent resolution date of the incident differs from the initially planned implementation date
field-dora-4-10 = 4.10 Assessment of risk to critical functions for resolution purposes
field-dora-4-11 = 4.11 Information relevant for resolution authorities
field-dora-4-12 = 4.12 Materiality threshold for the classification criterion ‘Economic impact’
field-dora-4-13 = 4.13 Amount of gross direct and indirect costs and losses
field-dora-4-14 = 4.14 Amount of financial recoveries
field-dora-4-15 = 4.15 Information on whether the non-major incidents have been recurring
field-dora-4-16 = 4.16 Date and time of occurrence of recurring incidents
reason-mandatory-fields-missing = fields this report must contain are still empty: { $fields } (answer them, or record the filing with complete = no if it was sent without them)
cli-nothing-missing = nothing missing
cli-missing-blocking = Refused until these are answered (or recorded as sent without them, --complete no):
cli-missing-shown = Still missing (shown; filing is not refused):

## Cyber Resilience Act reports (Regulation (EU) 2024/2847 Art 14(2), (4))
field-cra-report-type = Report
field-cra-reference = Reference of the earlier report
field-cra-manufacturer = Manufacturer
field-cra-contact-point = Contact point
field-cra-cra-kind = What is reported
field-cra-title = Vulnerability or incident
field-cra-aware-at = Manufacturer became aware
field-cra-member-states = Member States where the product has been made available (where applicable)
field-cra-product = General information about the product with digital elements concerned
field-cra-exploit-nature = General nature of the exploit and of the vulnerability
field-cra-measures-taken = Corrective or mitigating measures taken
field-cra-user-measures = Corrective or mitigating measures users can take
field-cra-sensitivity = How sensitive the manufacturer considers the notified information (where applicable)
field-cra-vulnerability-description = Description of the vulnerability, including its severity and impact
field-cra-malicious-actor = Information concerning any malicious actor that has exploited or is exploiting the vulnerability (where available)
field-cra-corrective-measure-at = Corrective or mitigating measure available since
field-cra-security-update = Details about the security update or other corrective measures made available
field-cra-malicious-suspected = Is the incident suspected of being caused by unlawful or malicious acts?
field-cra-incident-nature = General information about the nature of the incident
field-cra-initial-assessment = Initial assessment of the incident
field-cra-incident-description = Detailed description of the incident, including its severity and impact
field-cra-root-cause = Type of threat or root cause likely to have triggered the incident
field-cra-mitigation-measures = Applied and ongoing mitigation measures
tpl-section-cra-report = Report
tpl-section-cra-content = What { $article } asks
tpl-cra-report-early-warning = Early warning
tpl-cra-report-notification = Notification
tpl-cra-report-final = Final report
tpl-cra-title-early-warning = Early warning under the Cyber Resilience Act, { $article } — { $org }
tpl-cra-title-notification = Notification under the Cyber Resilience Act, { $article } — { $org }
tpl-cra-title-final = Final report under the Cyber Resilience Act, { $article } — { $org }
field-cra = Cyber Resilience Act report item
