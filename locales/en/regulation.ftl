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
field-trade-secrets = trade secrets exfiltrated
field-death = death of a natural person
field-health-damage = considerable damage to health
field-malicious-access = malicious unauthorised access (severe disruption possible)
field-recurring = recurring incidents (Art 4)
field-scheduled = scheduled interruption or maintenance
field-data-malicious = data compromised by a suspectedly malicious action
field-entity-type = entity type
field-direct-loss-eur = direct financial loss (EUR)
field-annual-turnover-eur = annual turnover (EUR)
field-unavailable-minutes = minutes completely unavailable
field-limited-minutes = minutes of limited availability
field-limited-users = users with limited availability
field-users-in-union = users in the Union
field-data-users = users affected by compromised data
field-significance = significance check
field-affects-recipients = affects the recipients of our services
obligation-kind-recipient-notice = notice to service recipients
recipient-service-recipients = recipients of our services
nis2-entity-type-cloud = cloud computing service provider
nis2-entity-type-managed-service = managed (security) service provider
nis2-entity-type-other = other entity
field-order = e-Evidence order
field-issuer = issuing authority
field-issuer-country = issuing State
field-change = change
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
obligation-kind-production = data production (e-Evidence)
obligation-kind-preservation = data preservation (e-Evidence)
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
order-kind-production = European Production Order (EPOC)
order-kind-production-emergency = European Production Order, emergency (EPOC)
order-kind-preservation = European Preservation Order (EPOC-PR)
preservation-change-extended = extended by 30 days
preservation-change-production-confirmed = production request confirmed
preservation-change-released = preservation no longer necessary
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
recipient-issuing-authority = issuing authority
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
cli-significance-yes = Significance check (Implementing Regulation (EU) 2024/2690): significant — one or more criteria met.
cli-significance-no = Significance check (Implementing Regulation (EU) 2024/2690): no criterion met.
cli-preserve-until = preserve until { $date }
cli-preservation-changed = Preservation order { $id }: { $change }.
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
tpl-authority-title-edpb = Personal data breach notification (Art. 33 GDPR) to { $authority } — EDPB common template (draft of 10 June 2026)
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
tpl-section-edpb-type = 1. Type of notification
tpl-section-edpb-controller = 2. Controller, reporting person and DPO
tpl-section-edpb-nature = 3. Nature of the breach
tpl-section-edpb-consequences = 4. Likely consequences
tpl-section-edpb-measures = 5. Mitigation and prevention of a similar breach
tpl-section-edpb-communication = 6. Communication to the persons concerned
tpl-field-reporting-person = Person reporting the breach (name, role, contact details)
tpl-field-prevention = Measures to prevent a similar breach in the future
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
regime-e-evidence = e-Evidence
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
tpl-law-uk-gdpr-33 = UK GDPR Art. 33 (report to the ICO of a personal data breach)
tpl-law-pecr = PECR reg. 5A (Privacy and Electronic Communications (EC Directive) Regulations 2003): reported on the ICO’s breach form for service providers, which takes the place of UK GDPR breach reporting
tpl-follow-up-info-pecr = The investigation is still ongoing. We will provide the missing information in a further notification without undue further delay (PECR reg. 5A; retained Regulation (EU) No 611/2013 Art. 2(3)).
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
field-reporting-person = reporting person
field-prevention = measures to prevent a similar breach
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
reason-set-by-law = the law sets it for an e-Evidence order
reason-not-a-preservation-order = it is not an e-Evidence preservation order
reason-preservation-over = the duty to preserve had already ended at that time
cli-unanswered = Not yet answered in the record (organisation profile or assessment): { $items }
cli-letter-edited = edited
cli-authority-portal = Form
cli-authority-phone = Phone
cli-authority-address = Address
cli-authority-attachments = Attachments
cli-authority-source = Source (checked { $checked })
cli-authority-unconfirmed = not confirmed
tpl-no-siren = No SIREN (registration number: { $number })

## The Art 34 letter to the people (issue 14 item 5): GDPR Art 34(2) with Art 33(3)(b)–(d)
tpl-section-advice = What you can do
tpl-field-letter-what-happened = What happened
tpl-field-letter-data = Which of your data is involved
tpl-field-letter-consequences = What this may mean for you
tpl-field-letter-measures = What we have done and will do
tpl-field-letter-advice = What you can do
tpl-field-letter-contact = Questions
letter-date = { $year }-{ $month }-{ $day }
letter-found = We discovered the incident on { $date }.
letter-stopped = We stopped it on { $date }.
letter-what-confidentiality = People who were not allowed to see your personal data may have seen it or taken a copy.
letter-what-integrity = Your personal data may have been changed by someone who was not allowed to.
letter-what-availability = Your personal data was lost, or could not be used for some time.
letter-what-unknown = We are still investigating exactly what happened to your personal data.
letter-data = The incident concerns this information about you: { $data }.
letter-data-special = It also concerns sensitive information: { $data }.
letter-consequence-passwords = Someone could use your password to log in to your account with us, or to other accounts where you use the same password.
letter-consequence-payment = Your bank or card details could be misused for payments or direct debits you did not agree to, or to make fake messages look real.
letter-consequence-identity = Someone could pretend to be you, for example to open an account, sign a contract or take out a loan in your name.
letter-consequence-health = Information about your health could become known to others. This can be unpleasant, or lead to you being treated unfairly.
letter-consequence-sensitive = Sensitive information about you could become known to others. This can be unpleasant, or lead to you being treated unfairly.
letter-consequence-contact = You may receive unwanted or fake messages by e-mail, text message, phone or post that use your details to look genuine (phishing).
letter-measures-taken = What we have done: { $text }
letter-measures-proposed = What we are still going to do: { $text }
letter-advice-passwords = Change the password of your { $org } account now. If you use the same or a similar password anywhere else, change it there too. Use a different password for every account, and turn on two-step verification where you can.
letter-advice-payment = Check your bank and card statements regularly in the coming months. If you see a payment or direct debit you do not recognise, contact your bank straight away; a direct debit can usually be reversed. Never give your bank details, codes or PIN in reply to a message or call.
letter-advice-identity = Look out for letters, bills or messages about contracts, loans or purchases you did not make. If you think someone is using your identity, report it to the police. If an identity document was involved, ask the authority that issued it (often your local council or municipality) whether you should have it blocked and replaced.
letter-advice-health = Be careful if someone you do not know contacts you about your health or treatment. Do not give them any further details, and let us know.
letter-advice-sensitive = Be careful if someone you do not know contacts you about this information. Do not give them any further details, and let us know.
letter-advice-contact = Be wary of unexpected messages or calls, even if they use your name or seem to come from us. Do not click on links or open attachments in them, and never give your password or bank details in reply.
letter-advice-general = If you notice anything unusual, or have questions, please contact us using the details below.
letter-contact-dpo = If you have questions, please contact our data protection officer: { $contact }.
letter-contact-point = If you have questions, please contact us: { $contact }.
