# Breachlog — English messages for PDF reports, register exports, bundles and their verification.
# de, nl and fr have the same ids and variables.

## Report titles and running text

report-title-incident = Incident report
report-title-register = Register of personal data breaches (GDPR Art. 33(5))
report-title-audit-trail = Audit trail of the register journal
report-kind-incident = incident report
report-kind-register = breach register
report-kind-audit-trail = audit trail
report-title-with-subject = { $title }: { $subject }
report-unnamed-org = (organisation name not set)
report-serial = Report no.
report-generated = Issued
report-timezone = Time zone
report-period = Period: { $from } to { $to }
report-head-short = Journal head
report-pdf-subject = { $org } — Breachlog report { $serial }
report-page-of = Page { $page } of { $total }
report-yes = Yes
report-no = No
report-approx-estimate = approx. { $n } (estimate)
report-unknown = Unknown
report-none = None recorded.
report-pending = Not yet decided

## Incident report

report-section-facts = Facts
report-incident-id = Incident ID
report-exercise = Exercise (drill)
report-contained-at = Contained
report-resolved-at = Resolved
report-closed-at = Closed
report-recorded = Recorded
report-section-assessment = Personal data breach assessment
report-no-assessment = No breach assessment has been recorded for this incident.
report-section-decision = Risk and notification decision
report-decided-by = Decided by
report-section-actions = Actions
report-action-done-at = Done on { $at }
report-action-done = Done
report-action-open = Open
report-section-notes = Notes
report-section-timeline = Timeline (journal events)
report-col-when = Time
report-col-who = By
report-col-seq = No.
report-col-event = Event
report-col-subject = Subject
report-col-details = Details
report-col-hash = Event hash
report-changed = Changed: { $fields }

## Audit trail

report-audit-intro = This document lists { $count ->
    [one] { $count } journal event
   *[other] { $count } journal events
} of the register in the order they were recorded. Every event is linked to its predecessor by a SHA-256 hash; the complete events are embedded in this PDF as a machine-readable file.
report-section-events = Journal events

## Register

report-register-intro = This register documents every personal data breach, including those that were not notified to the supervisory authority, with the facts, the effects, the remedial action taken and the reasoning of each decision (GDPR Art. 33(5)). Exercises are not included.
report-sum-breaches = Personal data breaches in this register
report-sum-notified = Notified to the supervisory authority
report-sum-not-notified = Not notified (reasoning documented)
report-sum-pending = Notification decision pending
report-sum-under-assessment = Open incidents still under assessment (not listed)
report-sum-exercises = Exercises with personal data (not listed)
report-section-register = Breaches
report-no-breaches = No personal data breaches are recorded for this period.
report-col-breach = Breach
report-col-times = Times
report-col-nature = Nature and description
report-col-data = Data and data subjects
report-col-risk = Risk assessment
report-col-art33 = Art. 33 decision
report-col-measures = Consequences and measures
report-col-journal = Status and journal
report-t-occurred = Occurred
report-t-detected = Detected
report-t-aware = Aware
report-t-contained = Contained
report-t-closed = Closed
report-t-justification = Awareness justification

## Integrity section

report-section-integrity = Integrity
report-integrity-intro = This report was generated from the register's hash-chained journal. The values below identify exactly which state of the journal it reflects and allow anyone to check that neither this document nor the journal has been altered.
report-issued-by = Issued by
report-head-seq = Journal head (event number)
report-head-hash = Journal head (SHA-256)
report-content-sha256 = Content SHA-256
report-prev-sha256 = Previous report (SHA-256 of the PDF)
report-prev-none = None — this is the first report issued from this register
report-section-checkpoint = Signed checkpoint
report-checkpoint-intro = The register signed this statement with its Ed25519 key: its journal of { $size } events, up to the head above, has this Merkle root (C2SP signed note, described in chain-format.md). The attachment carries it with the inclusion proofs of the events this report shows. Keep a copy apart from the register — scan the code or copy the text: whoever holds it can later have the register prove that its journal still extends it, and can compare the key of other reports with it.
report-section-how-to-verify = How to check this report
report-verify-1 = Record the SHA-256 of this PDF file as you received it; any SHA-256 tool computes it (“sha256sum FILE” on Linux, “shasum -a 256 FILE” on macOS, “certutil -hashfile FILE SHA256” on Windows). The organisation records the same value in its journal and prints it as “Previous report” in the next report it issues, so a later report shows that this exact file was issued.
report-verify-2 = The PDF carries one attachment, “{ $file }” (listed in the attachments pane of most PDF readers): the data this report was built from. Its content SHA-256 above is the SHA-256 of the text “breachlog-report-v1”, a line feed and the attachment’s exact bytes, e.g. “(printf 'breachlog-report-v1\n'; cat { $file }) | sha256sum”. A match shows that the data behind this report was not altered.
report-verify-3 = The attachment also holds the journal events the report was built from, each chained to the one before by its SHA-256. The last one is event { $seq } with the hash { $hash } (the journal head above). At any later time you may ask the organisation for an export of its journal: it must still contain this event with this hash, which shows that nothing before it was rewritten.
report-verify-4 = Every rule behind these checks (the canonical JSON, the event hashes, the content hash and the seal of this file) is published in the Breachlog format specifications “chain-format.md” and “report-format.md”, so they can be repeated with any independent tool, without the organisation’s software.
report-integrity-note = Times are shown in the organisation’s time zone with their UTC offset; the attachment contains them in UTC.

## Journal event names

event-register-created = Register created
event-org-updated = Organisation profile changed
event-settings-changed = Settings changed
event-incident-created = Incident recorded
event-incident-updated = Incident changed
event-incident-transitioned = Status changed
event-breach-assessed = Breach assessment recorded
event-action-added = Action added
event-action-done = Action completed
event-action-reopened = Action reopened
event-note-added = Note added
event-subjects-letter-edited = Letter to the people edited
event-session-unlocked = Register unlocked
event-session-locked = Register locked
event-journal-exported = Journal exported
event-report-issued = Report issued
event-register-exported = Register exported
event-bundle-exported = Audit bundle exported

## Report verification

verify-report-unreadable = the file is not a readable PDF ({ $detail })
verify-report-no-seal = the file carries no Breachlog seal
verify-report-seal-mismatch = the seal does not match: the file was changed after it was issued
verify-report-no-attachment = the embedded file breachlog-report.json is missing
verify-report-bad-content = the embedded content is not a valid Breachlog report ({ $detail })
verify-report-content-hash = the content hash recorded in the PDF does not match the embedded content
verify-report-info-mismatch = the { $what } recorded in the PDF does not match the embedded content
verify-report-event-chain = embedded journal event { $seq } does not verify: { $detail }
verify-report-not-issued-here = this register did not issue this report (no “report issued” event has its SHA-256)
verify-report-head-missing = the register does not contain journal event { $seq } with the hash the report records: the journal was cut off or rebuilt
verify-report-duplicate-attachment = the file has more than one embedded file named “{ $name }”: a viewer could show another one than the one checked
verify-report-extra-attachment = the file has an embedded file “{ $name }” besides breachlog-report.json
verify-report-incremental-update = the file has more than one revision: something was added (an incremental update) after it was written
verify-report-proof-malformed = the embedded proof is not a checkpoint, a public key and a list of inclusion proofs
verify-report-proof-not-a-checkpoint = the embedded proof's checkpoint is not a signed checkpoint
verify-report-proof-other-register = the embedded proof's checkpoint is of another register than the report
verify-report-proof-bad-signature = the embedded proof's checkpoint is not signed by the embedded key: it was changed or forged
verify-report-proof-wrong-head = the embedded proof's checkpoint does not end at the report's journal head
verify-report-proof-missing-inclusion = embedded journal event { $seq } has no inclusion proof
verify-report-proof-bad-inclusion = the inclusion proof of journal event { $seq } does not lead to the signed checkpoint's root
verify-report-proof-witness-key = the checkpoint you gave is not signed by the key of this report's proof (or is of another register)
verify-report-proof-missing = a checkpoint was given, but the report carries no signed proof to compare it with
verify-report-proof-timestamp-checkpoint = the embedded timestamp is over a checkpoint that is not a signed prefix of the report's journal
verify-report-proof-timestamp-token = the embedded timestamp token does not verify: { $detail }
verify-report-proof-timestamp-anchor = the embedded timestamp does not chain to the certificate authority you gave (or the report carries no timestamp)

## CLI

cli-report-issued = Report { $serial } written to { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, SHA-256 { $sha }).
cli-verify-report-ok = Report { $serial } verified: covers journal head { $seq } { $hash }.
cli-verify-report-standalone = Report { $serial }: the embedded content matches the seal and covers journal head { $seq } { $hash }; whether a register issued it cannot be checked without it (the seal is not a signature: anyone can reseal a changed file).
cli-verify-report-issued-here = Issued by this register; the register still contains the covered head.
cli-verify-report-no-register = No register checked (give --db to also confirm that the register issued it).
cli-verify-report-failed = Report verification failed: { $reason }
cli-verify-report-proof = Signed proof: its { $events ->
    [one] { $events } journal event is
   *[other] { $events } journal events are
} included in the journal of register { $register } of { $size } events (Merkle root { $root }), as a checkpoint signed by key { $key } states ({ $proofs ->
    [one] { $proofs } inclusion proof
   *[other] { $proofs } inclusion proofs
} checked). The key is the register's if a checkpoint you received from the register verifies with it (--checkpoint FILE), or with --db. The rest of the report is derived from these events by the register; the seal alone does not prove it.
cli-verify-report-no-proof = This report carries no signed proof (it was issued before reports carried one).
cli-verify-report-witness = The checkpoint in { $path } (register { $register }, { $size } events) is signed by the same key: this report's proof is by that register's key.
cli-verify-report-timestamp = Trusted timestamp: the journal's first { $size } events, which this report's journal extends, existed no later than { $time }, as { $tsa } certifies (RFC 3161), with a certificate chain up to { $anchor } (SHA-256 { $sha }).
cli-verify-report-timestamp-given = That certificate authority is the one you gave (--tsa-ca).
cli-verify-report-timestamp-embedded = That certificate authority is the one the report carries: compare its SHA-256 with the TSA's published certificate, or give the certificate with --tsa-ca FILE.
cli-register-exported = { $rows ->
    [one] { $rows } breach exported
   *[other] { $rows } breaches exported
} to { $path }.
cli-bundle-exported = Audit bundle written to { $path } ({ $files ->
    [one] { $files } file
   *[other] { $files } files
}, journal head { $hash }).
cli-bundle-ok = Bundle intact: { $files ->
    [one] { $files } file
   *[other] { $files } files
}, journal of { $events ->
    [one] { $events } event
   *[other] { $events } events
}, head { $seq } { $hash }.
cli-bundle-report-head = Report { $serial } ({ $file }) covers journal head { $seq } { $hash }: compare it with the copy that was sent.
cli-bundle-failed = Bundle verification failed: { $reason }

## Bundle verification

bundle-no-manifest = manifest.json is missing or unreadable ({ $detail })
bundle-file-missing = the file { $file } listed in the manifest is missing
bundle-file-changed = the file { $file } does not match its SHA-256 in the manifest
bundle-file-unlisted = the file { $file } is not listed in the manifest
bundle-journal = the journal does not verify: { $detail }
bundle-head-mismatch = the journal head does not match the head recorded in the manifest (the journal was cut off or extended)
bundle-report = the report { $file } does not verify: { $detail }
bundle-not-regular = { $file } in the bundle is a symbolic link or not a regular file
bundle-report-not-issued = the report { $file } was not issued by any “report issued” event of the bundle’s journal (with its SHA-256 and head)
bundle-report-not-in-journal = the report { $file } refers to journal event { $seq }, which the bundle’s journal does not contain with that hash: the journal was rewritten after the report was issued

## Export column headers (localised headers on request)

export-col-id = Breach ID
export-col-title = Title
export-col-category = Cause (category)
export-col-role = Role
export-col-occurred-from = Occurred from (UTC)
export-col-occurred-from-local = Occurred from (local)
export-col-occurred-to = Occurred until (UTC)
export-col-occurred-to-local = Occurred until (local)
export-col-detected-at = Detected (UTC)
export-col-detected-at-local = Detected (local)
export-col-aware-at = Aware (UTC)
export-col-aware-at-local = Aware (local)
export-col-contained-at = Contained (UTC)
export-col-contained-at-local = Contained (local)
export-col-closed-at = Closed (UTC)
export-col-closed-at-local = Closed (local)
export-col-aware-justification = Awareness justification
export-col-nature = Nature (C/I/A)
export-col-description = Description
export-col-data-categories = Data categories
export-col-special-categories = Special categories
export-col-records-approx = Approx. records
export-col-records-estimate = Records estimated
export-col-subject-categories = Data subject categories
export-col-subjects-approx = Approx. data subjects
export-col-subjects-estimate = Data subjects estimated
export-col-enisa-dpc = ENISA DPC
export-col-enisa-ei = ENISA EI
export-col-enisa-cb = ENISA CB
export-col-enisa-se = ENISA SE
export-col-risk = Risk
export-col-risk-reasoning = Risk reasoning
export-col-art33-decision = Art. 33 decision
export-col-art33-rationale = Art. 33 rationale
export-col-art33-decided-by = Decided by
export-col-art33-decided-at = Decided (UTC)
export-col-filings = Filings
export-col-controllers-notified = Controllers notified
export-col-art34-decision = Art. 34 decision
export-col-other-regimes = Other regimes and authorities
export-col-consequences = Likely consequences
export-col-measures-taken = Measures taken
export-col-measures-proposed = Measures proposed
export-col-status = Status
export-col-journal-seq = Journal position
export-col-journal-hash = Hash of the latest event

## Labels of fields and values in reports

report-field-title = Title
report-field-description = Description
report-field-category = Category
report-field-vuln-class = Vulnerability class
report-field-source = Source
report-field-severity = Severity
report-field-status = Status
report-field-close-reason = Reason for closing
report-field-occurred-at = Occurred
report-field-occurred-from = Occurred from
report-field-occurred-to = Occurred until
report-field-detected-at = Detected
report-field-owner = Responsible
report-field-affected-systems = Affected systems
report-field-exercise = Exercise
report-field-personal-data = Personal data involved
report-field-aware-at = Aware of the breach
report-field-aware-justification = Justification of the investigation period
report-field-role = Our role
report-field-nature = Nature of the breach
report-field-data-categories = Data categories
report-field-special-categories = Special categories (Art. 9/10)
report-field-subject-categories = Categories of data subjects
report-field-subjects-approx = Approx. number of data subjects
report-field-subjects-estimate = Number of data subjects estimated
report-field-records-approx = Approx. number of records
report-field-records-estimate = Number of records estimated
report-field-consequences = Likely consequences
report-field-measures-taken = Measures taken
report-field-measures-proposed = Measures proposed
report-field-contact-point = Contact point (DPO)
report-field-risk = Risk
report-field-risk-reasoning = Risk reasoning
report-field-decision = Notification decision
report-field-decision-rationale = Reasoning of the decision
report-field-decided-by = Decided by
report-field-decided-at = Decision date
report-field-due-at = Due
report-field-note = Note
report-field-name = Organisation name
report-field-address = Address
report-field-default-role = Default role
report-field-timezone = Time zone
report-field-language = Language
report-field-lead-authority = Lead supervisory authority
report-field-aware-gap-hours = Awareness gap (hours)
report-field-idle-lock-minutes = Idle lock (minutes)
report-field-notify-thresholds-hours = Reminder thresholds (hours)
report-field-backup-folder = Backup folder
report-category-malware = Malware or ransomware
report-category-phishing = Phishing
report-category-lost-device = Lost or stolen device
report-category-misdirected = Misdirected communication
report-category-unauthorised-access = Unauthorised access
report-category-account-takeover = Account takeover
report-category-vulnerability = Vulnerability report
report-category-insider-misuse = Insider misuse
report-category-system-failure = System failure
report-category-third-party = Processor or third-party incident
report-category-other = Other
report-vuln-xss = Cross-site scripting (XSS)
report-vuln-open-redirect = Open redirect
report-vuln-csrf = Cross-site request forgery (CSRF)
report-vuln-injection = Injection
report-vuln-auth-flaw = Authentication flaw
report-vuln-rce = Remote code execution
report-source-internal-monitoring = Internal monitoring
report-source-employee = Employee
report-source-customer = Customer
report-source-partner-notice = Processor or partner notice
report-source-bug-bounty = Bug-bounty report
report-source-authority-request = Authority request
report-severity-low = Low
report-severity-medium = Medium
report-severity-high = High
report-severity-critical = Critical
report-status-reported = Reported
report-status-triage = Triage
report-status-investigating = Under investigation
report-status-contained = Contained
report-status-resolved = Resolved
report-status-closed = Closed
report-close-reason-resolved = Resolved
report-close-reason-false-positive = False positive
report-close-reason-duplicate = Duplicate
report-close-reason-not-security-incident = Not a security incident
report-personal-data-yes = Yes
report-personal-data-no = No
report-personal-data-undetermined = Not yet determined
report-role-controller = Controller
report-role-processor = Processor
report-role-joint-controller = Joint controller
report-nature-confidentiality = Confidentiality
report-nature-integrity = Integrity
report-nature-availability = Availability
report-risk-none = No risk
report-risk-risk = Risk
report-risk-high = High risk
report-decision-notify = Notify the supervisory authority
report-decision-no-notify = No notification

## Notification, data-subject communication and controller notice

report-title-notification = Personal data breach notification (GDPR Art. 33)
report-title-subjects = Communication to the data subjects (GDPR Art. 34)
report-title-controller = Notice of a personal data breach to the controller (GDPR Art. 33(2))
report-kind-notification = notification to the supervisory authority
report-kind-subjects = communication to data subjects
report-kind-controller = notice to a controller
report-section-addressee = Addressee
report-addressee = Addressee
report-addressee-subjects = The data subjects concerned
report-website = Website
report-document-language = Language of this document
report-missing-measures = measures taken or proposed
report-doc-phased = This notification is provided in phases (GDPR Art. 33(4)). The following information is not yet available and will be provided without undue further delay: { $items }.
report-doc-incomplete = Not yet recorded (required by GDPR Art. 34(2)): { $items }.
report-section-art34-exemption = Exemption from the communication (GDPR Art. 34(3))
report-section-customer-draft = Attached: a draft of your own notification to your authority
report-customer-draft-intro = As the controller, you decide whether to notify your supervisory authority and you file the notification yourself. This draft of its form is filled in with the facts and the figures of this notice about your data, so that you can check it, complete what is missing and file it.
report-exemption = Exemption
report-justification = Justification
report-section-filing-record = Filing record
report-filing-record-intro-notification = The notification obligation towards this authority and every filing recorded for it (initial notification, further information, withdrawal), with the time of filing and, where the deadline was missed, the reasons for the delay.
report-filing-record-intro-subjects = The obligation to communicate the breach to the data subjects and every communication recorded for it.
report-filing-record-intro-controller = The obligation to notify this controller without undue delay (GDPR Art. 33(2), with the contractual period where agreed) and every notice recorded for it.
report-no-obligation-for-document = No obligation towards this addressee has been recorded for this incident.

## Obligations and filings (incident report)

report-section-obligations = Obligations
report-no-obligations = No notification obligations have been derived for this incident.
report-section-filings = Filings
report-no-filings = No filings recorded.
report-col-regime = Regime
report-col-recipient = Recipient
report-col-obligation = Obligation
report-col-due = Due
report-col-status = Status
report-col-phase = Phase
report-col-channel = Channel
report-col-reference = Reference
report-col-delay = Timeliness
report-due-undue-delay = Without undue delay (no statutory period)
report-due-awaiting = Starts when the triggering event is recorded
report-late-by = late by { $duration }
report-overdue-by = overdue by { $duration }
report-on-time = on time
report-reasons-for-delay = Reasons for the delay: { $reasons }
report-not-required-because = Not required: { $rationale } ({ $by }, { $at })
report-duration-dhm = { $d } d { $h } h { $m } min
report-duration-hm = { $h } h { $m } min

## Register: regulation columns

report-col-filings = Notifications and communication
report-reg-enisa = ENISA: DPC { $dpc } × EI { $ei } + CB { $cb } = SE { $se } ({ $band })
report-reg-superseded = superseded by { $reference }
report-reg-controllers = Controllers notified: { $list }
report-reg-controller-pending = pending
report-reg-art34-communicated = Art. 34: data subjects informed on { $at } ({ $channel })
report-reg-art34-exempt = Art. 34: exempt — { $exemption }. { $justification }
report-reg-art34-pending = Art. 34: communication to the data subjects pending
report-reg-art34-not-required = Art. 34: no communication required (no high risk)
report-reg-other = Other regimes: { $list }
export-col-enisa-band = ENISA severity band
export-col-notified-at = Notified to the authority (UTC)
export-col-notified-at-local = Notified to the authority (local)
export-col-notification-reference = Notification reference
export-col-art34-exemption = Art. 34(3) exemption
export-col-art34-justification = Art. 34(3) justification
export-col-art34-communicated-at = Data subjects informed (UTC)
export-col-art34-channel = Channel of the communication

## Desktop app: Reports screen

app-nav-reports = Reports
app-reports-button = Report…
app-reports-title = Reports
app-reports-intro = Issue hash-chained PDF reports for supervisory authorities, data subjects, controllers and auditors, and check a report you have received or sent.
app-reports-issue-heading = Issue a report
app-reports-kind = Report type
app-reports-kind-incident = Incident report
app-reports-kind-notification = Notification to the authority
app-reports-kind-subjects = Communication to data subjects
app-reports-kind-controller = Notice to a controller
app-reports-kind-register = Breach register
app-reports-kind-audit-trail = Audit trail
app-reports-about-incident = The full incident: facts, assessment, decisions, obligations, filings, actions and timeline.
app-reports-about-notification = The GDPR Art. 33 notification as filed, in the authority's language, with its filings.
app-reports-about-subjects = The GDPR Art. 34 communication to the people concerned, in plain language.
app-reports-about-controller = The processor's notice to a controller under GDPR Art. 33(2).
app-reports-about-register = The GDPR Art. 33(5) register of all breaches, including those not notified.
app-reports-about-audit-trail = The register's journal itself, event by event.
app-reports-incident = Incident
app-reports-choose-incident = Choose an incident…
app-reports-authority = Supervisory authority
app-reports-controller = Controller
app-reports-no-controllers = No controllers are recorded. Add them with “breachlog controller add”.
app-reports-language = Language
app-reports-language-authority = The authority's language
app-reports-language-default = The organisation's language
app-reports-from = From
app-reports-to = To
app-reports-issue = Issue and save…
app-reports-issuing = Issuing…
app-draft-issue-pdf = Issue as PDF and save…
app-reports-issued = Report { $serial } issued ({ $pages } pages).
app-reports-saved-to = Saved to
app-reports-sha256 = SHA-256 of the PDF
app-reports-head = Journal head
app-reports-verify-heading = Verify a report
app-reports-verify-intro = Choose a Breachlog PDF report. Its seal, embedded content and journal events are checked; with the register unlocked, also whether this register issued it.
app-reports-verify = Choose a PDF and verify…
app-reports-verify-ok = { $file } is intact.
app-reports-proof = Signed proof: { $events ->
    [one] its journal event is
   *[other] its { $events } journal events are
} in the journal of register { $register } of { $size } events, as a checkpoint signed by key { $key } states ({ $proofs ->
    [one] { $proofs } inclusion proof
   *[other] { $proofs } inclusion proofs
} checked). Without the register, the CLI's “verify-report --checkpoint” compares that key with a checkpoint received from the register.
app-reports-no-proof = This report carries no signed proof (it was issued before reports carried one).
app-reports-verify-failed = { $file } does not verify.
app-reports-serial = Report no.
app-reports-issued-here = Issued by this register
app-reports-issued-here-yes = Yes; the register still contains the journal head it covers.
app-reports-issued-here-no = No
app-reports-not-checked = Not checked (register locked): the embedded content matches the seal, but whether this register issued it cannot be checked without it
app-reports-pdf-filter = PDF documents

## Recovery Kit (one page, printed or saved by the user; holds the recovery key)

kit-title = Breachlog Recovery Kit
kit-subtitle = Keep this page offline, in a safe place. Anyone who holds it and a copy of the register can read every incident.
kit-organisation = Organisation
kit-register-file = Register file
kit-register-id = Register id
kit-issued = Recovery key issued
kit-recovery-key = Recovery key
kit-what-heading = What this key is
kit-what = The recovery key opens the register when the passphrase is forgotten or the OS keyring is lost. It is the only way back in: Breachlog keeps no copy and cannot reset it.
kit-keep-heading = Where to keep it
kit-keep = Print this page or write the key down, and keep it away from the laptop that holds the register: in the company safe, or with your data protection officer or a second director.
    Do not store it in the same cloud folder or backup as the register, and do not e-mail it.
kit-use-heading = How to use it
kit-use = On the unlock screen choose “Use the recovery key” and type the key (upper or lower case, with or without dashes). On the command line: breachlog --recovery incident list.
    Then set a new passphrase at once (the app asks for it).
kit-lost-heading = If it is lost or seen by someone else
kit-lost = Lost: open the register and choose Settings → Keys → “Issue a new recovery key”; the old key stops opening the register. Seen by someone else: rotate the key (Settings → Keys, or breachlog key rotate), which re-encrypts the register, and re-create older backups, which still open with the old key.
kit-footer = Breachlog Recovery Kit — confidential. This page is not a report of the register and is not recorded in it.

# Why no notification obligation has been derived (incident report, register report).
report-clock-gap-exercise = The incident is an exercise; exercises create no obligations.
report-clock-gap-not-assessed = The incident has not been assessed as a personal-data breach.
report-clock-gap-no-personal-data = The assessment found no personal data involved.
report-clock-gap-gdpr-not-applied = Neither the GDPR nor the UK GDPR applies to the incident.
report-clock-gap-processor-without-controllers = The role for this incident is processor and no affected controller has been selected: no notice to a controller (GDPR Art 33(2)) can be derived until the controllers are chosen.

## Register exports for auditors (Reports screen)
app-export-heading = Exports for auditors
app-export-intro = The breach register (GDPR Art 33(5)) as a spreadsheet, or a bundle an auditor checks offline: the journal, the register as CSV and XLSX, every issued report, and a manifest with the SHA-256 hash of each file.
app-export-headers = Column headers and values
app-export-headers-localised = In { $language } (for people; the CSV opens correctly in Excel)
app-export-headers-ids = Stable machine ids (for scripts)
app-export-csv = Export CSV…
app-export-xlsx = Export XLSX…
app-export-bundle = Export bundle…
app-export-working = Exporting…
app-export-csv-filter = CSV files
app-export-xlsx-filter = Excel workbooks
app-export-bundle-dialog = Name of the new bundle folder
app-reports-save-dialog = Save the report as PDF
app-export-register-done = { $rows ->
    [one] Register exported: { $rows } breach.
   *[other] Register exported: { $rows } breaches.
}
app-export-bundle-done = { $files ->
    [one] Bundle exported: { $files } file and its manifest.
   *[other] Bundle exported: { $files } files and their manifest.
}
app-export-bundle-check = The auditor can check every file against manifest.json with any SHA-256 tool, and the journal's hash chain with the published format (docs/chain-format.md) — no key and no Breachlog needed.
app-export-manifest = Manifest SHA-256
report-title-controller-uk = Notice of a personal data breach to the controller (UK GDPR Art. 33(2))
report-doc-phased-uk = This notification is provided in phases (UK GDPR Art. 33(4)). The following information is not yet available and will be provided without undue further delay: { $items }.
report-filing-record-intro-controller-uk = The obligation to notify this controller without undue delay (UK GDPR Art. 33(2), with the contractual period where agreed) and every notice recorded for it.
report-title-notification-uk = Personal data breach notification (UK GDPR Art. 33)
report-title-subjects-uk = Communication to the data subjects (UK GDPR Art. 34)
report-doc-incomplete-uk = Not yet recorded (required by UK GDPR Art. 34(2)): { $items }.
report-section-art34-exemption-uk = Exemption from the communication (UK GDPR Art. 34(3))
report-filing-record-intro-notification-uk = The notification obligation towards this authority and every filing recorded for it (initial notification, further information, withdrawal), with the time of filing and, where the deadline was missed, the reasons for the delay.
report-filing-record-intro-subjects-uk = The obligation to communicate the breach to the data subjects and every communication recorded for it.
report-col-field = Field
cli-dora-written = DORA report written to { $path } ({ $missing ->
    [0] every mandatory field answered
    [one] one mandatory field still empty
   *[other] { $missing } mandatory fields still empty
})
report-kind-dora = DORA report to the financial supervisor
report-filing-record-intro-dora = The DORA reporting obligation of this stage towards the financial supervisor (DORA Art 19(4); Delegated Regulation (EU) 2025/301 Art 5) and every filing recorded for it, with the time of filing and, where the time limit was missed, the reasons for the delay.
report-kind-nis2 = NIS2 report to the CSIRT
report-filing-record-intro-nis2 = The NIS2 reporting obligation of this stage towards the CSIRT or competent authority (NIS2 Art 23(4)) and every filing recorded for it, with the time of filing and, where the time limit was missed, the reasons for the delay.
report-kind-cra = CRA report to the CSIRT coordinator
report-filing-record-intro-cra = The Cyber Resilience Act reporting obligation of this stage towards the CSIRT coordinator via ENISA’s single reporting platform (Regulation (EU) 2024/2847 Art 14) and every filing recorded for it, with the time of filing and, where the time limit was missed, the reasons for the delay.
