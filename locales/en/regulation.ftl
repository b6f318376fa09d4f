# Breachlog — regulation engine (obligations, filings, rules, ENISA, authorities, drafts).
# de, nl and fr must have the same ids and variables.

## Reasons (why a field was refused)

reason-reasons-for-delay-required = the filing is { $minutes } minutes after the deadline, so the reasons for the delay must be given
reason-notify-required = “no notification” can only be decided when the risk is “none”
reason-regime-not-enabled = this regime does not apply to the organisation or the incident
reason-not-classifiable = only nis2 (significant incident) and dora (major incident) are classified
reason-already-filed = this obligation already has an initial filing; record a follow-up, final report or withdrawal instead
reason-no-initial-filing = there is no initial filing yet for this obligation
reason-before-initial-filing = it is earlier than the initial filing
reason-wrong-obligation = it does not belong to this incident or obligation
reason-obligation-not-required = this obligation was decided not to be required
reason-only-for-follow-ups = only a follow-up, final report or withdrawal refers to an earlier filing
reason-unknown-authority = it is not an authority of the registry (see “breachlog authority list”)
reason-unknown-id = no entry has this id
reason-no-statutory-hours = this rule has no statutory hours to change
reason-not-incoming = only an incoming request can be answered

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
tristate-yes = yes
tristate-no = no
tristate-unknown = unknown
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
reg-late-by = { $status } ({ $minutes } min)
reg-hours = { $hours } hours
reg-months = { $months } month(s)
cli-no-obligations = No obligations.
cli-no-controllers = No controllers yet. Add one with “breachlog controller add”.
cli-controller-added = Controller { $name } added ({ $id }).
cli-filing-recorded = Filing { $id } recorded.
cli-filing-recorded-late = Filing { $id } recorded, { $minutes } minutes after the deadline (reasons for the delay recorded).
cli-classified = Incident { $id } classified under { $regime }; its deadlines are running.
cli-incident-regimes = Incident { $id } now falls under: { $regimes }
cli-rule-changed = Rule { $rule } changed. Obligations opened earlier keep their terms.
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
