# Breachlog — English messages. Every user-facing string of the CLI, the desktop app and the
# PDFs comes from these files; de, nl and fr must have the same ids and variables.

## Errors

error-invalid-input = Invalid { $field }: { $reason }
error-wrong-key = Wrong passphrase or key: the register could not be unlocked.
error-no-key = The register is locked and no key was given. Set BREACHLOG_PASSPHRASE, use --passphrase-file, or unlock with the recovery key.
error-too-many-attempts = Too many failed unlock attempts. Wait { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} before trying again.
error-not-found = No { $entity } with id { $id }.
error-invalid-transition = Cannot move the incident from { $from } to { $to }. Allowed next: { $allowed }.
error-integrity = Integrity check failed at event { $seq }: { $reason }
error-schema-too-new = This register was written by a newer Breachlog (schema { $found }; this version reads up to { $supported }). Update Breachlog to open it.
error-register-exists = A register already exists at { $path }.
error-register-missing = No register at { $path }. Create one with “breachlog init”.
error-keyfile-damaged = The key file { $path } is damaged: { $detail }
error-keyring = The OS keyring is not available: { $detail }
error-disk-full = The disk is full: nothing was written. Free some space and try again.
error-read-only = The register cannot be written (read-only file or folder): nothing was written.
error-storage = The register could not be read or written: { $detail }
error-holidays-out-of-range = No public holiday rules for { $country } in { $year }: the holiday data covers { $from } to { $to }, so this deadline cannot be counted.
error-io = Could not access { $path }: { $detail }
error-register-busy = The register { $path } is open in another process ({ $holders }): nothing was changed. Close it there (lock the desktop app or let the other command finish) and try again.
error-register-busy-unknown = The register { $path } is open in another process: nothing was changed. Close it there (lock the desktop app or let the other command finish) and try again.

## Reasons (why a field was refused)

reason-empty = it must not be empty
reason-too-long = it is too long (at most { $max })
reason-control-characters = it contains control characters
reason-not-a-timestamp = it is not a date and time with a UTC offset (RFC 3339, e.g. 2026-03-14T09:30:00+01:00)
reason-in-future = it lies in the future
reason-before-detected = it is earlier than the time the incident was detected
reason-after-detected = it is later than the time the incident was detected
reason-aware-before-detected = awareness cannot be earlier than detection
reason-justification-required = awareness came more than { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} after detection, so the investigation period must be justified
reason-unknown-value = it is not one of: { $allowed }
reason-required-with = it is required when { $other } is set
reason-required-to-reopen = a reason is required to reopen an incident
reason-required-to-close = closing from triage needs a reason: false_positive, duplicate or not_security_incident
reason-only-for-vulnerability = a vulnerability class applies only to the category vulnerability
reason-not-a-number = it is not a whole number
reason-out-of-range = it is out of range (at most { $max })
reason-unknown-timezone = it is not an IANA time zone (e.g. Europe/Amsterdam)
reason-unknown-language = it is not one of: en, de, nl, fr
reason-invalid-range = the start of the range is after its end
reason-not-an-id = it is not an id or an id prefix of at least 4 characters
reason-duplicate = it matches more than one entry; give more characters
reason-already-in-state = the incident is already in that state
reason-weak-passphrase = it must have at least 12 characters
reason-mismatch = the two entries do not match
reason-not-the-recovery-key = it does not match the key issued for this register
reason-no-changes = nothing would change
reason-symlink = it is a symbolic link; give the real file
reason-is-directory = it is a folder; give a file name
reason-folder-not-empty = the folder already holds files; choose a new or empty folder
reason-register-file = it is one of the register's own files (database, key file or lock); choose another file
reason-kdf-out-of-bounds = its key-derivation parameters are outside the accepted range
reason-relative-path = it is not a full path: choose the folder, or type a path that starts with / (or ~/ for your home folder)
reason-no-home-directory = it starts with ~, but the home folder could not be determined: type the full path

## Integrity

integrity-hash-mismatch = the stored hash does not match the event's content (the event was edited)
integrity-prev-mismatch = the link to the previous event is broken (events were edited, swapped or removed)
integrity-seq-gap = an event is missing or out of order (found event { $found })
integrity-malformed = the event is malformed: { $detail }
integrity-not-canonical = the line is not the canonical (RFC 8785) text of its event: other tools could read other content than the one that was hashed
integrity-duplicate-member = the line has the member “{ $name }” twice: other tools could read the decoy instead of the hashed value
integrity-head-not-found = the expected head { $expected } is not in the journal: the journal was cut off or rebuilt
integrity-projection-mismatch = the table { $table } (row { $key }) differs from what the journal says
integrity-differs-from-reference = the event differs from the one in the earlier export, or is missing (the journal was edited and rebuilt, or cut off)

## Entities

entity-incident = incident
entity-action = action

## Field names

field-title = title
field-description = description
field-category = category
field-vuln-class = vulnerability class
field-source = source
field-severity = severity
field-affected-systems = affected systems
field-owner = owner
field-occurred-at = time of occurrence
field-detected-at = time of detection
field-to = target state
field-at = time
field-close-reason = closing reason
field-note = note
field-due-at = due date
field-personal-data = personal data involved
field-aware-at = time of awareness
field-aware-justification = justification of the investigation period
field-role = role
field-nature = nature of the breach
field-data-categories = data categories
field-special-categories = special categories of data
field-subject-categories = categories of data subjects
field-subjects-approx = approximate number of people
field-records-approx = approximate number of records
field-consequences = likely consequences
field-measures-taken = measures taken
field-measures-proposed = measures proposed
field-measures = measures taken or proposed
field-contact-point = contact point
field-risk = risk
field-risk-reasoning = risk reasoning
field-decision = notification decision
field-decision-rationale = decision rationale
field-decided-at = decision date
field-org-name = organisation name
field-address = address
field-timezone = time zone
field-language = language
field-lead-authority = lead authority
field-dora-entity-type = DORA financial entity type
field-nis2-entity = NIS2 essential or important entity
org-not-set = not set
field-aware-gap-hours = awareness gap (hours)
field-idle-lock-minutes = idle lock (minutes)
field-notify-thresholds-hours = notification thresholds (hours)
field-backup-folder = backup folder
field-passphrase = passphrase
field-recovery-key = recovery key
field-id = id
field-status = status
field-limit = limit
field-detected-from = detected from
field-detected-to = detected to
field-expect-head = expected head
field-journal = journal file
field-out = output file
field-key-file = key file

## Categories

category-malware = Malware or ransomware
category-phishing = Phishing
category-lost-device = Lost or stolen device
category-misdirected = Misdirected communication
category-unauthorised-access = Unauthorised access
category-account-takeover = Account takeover
category-vulnerability = Vulnerability report
category-insider-misuse = Insider misuse
category-system-failure = System failure
category-third-party = Processor or third-party incident
category-other = Other

vuln-xss = Cross-site scripting (XSS)
vuln-open-redirect = Open redirect
vuln-csrf = Cross-site request forgery (CSRF)
vuln-injection = Injection
vuln-auth-flaw = Authentication flaw
vuln-rce = Remote code execution

source-internal-monitoring = Internal monitoring
source-employee = Employee
source-customer = Customer
source-partner-notice = Processor or partner notice
source-bug-bounty = Bug-bounty report
source-authority-request = Authority request

severity-low = Low
severity-medium = Medium
severity-high = High
severity-critical = Critical

status-reported = reported
status-triage = triage
status-investigating = investigating
status-contained = contained
status-resolved = resolved
status-closed = closed

close-reason-resolved = Resolved
close-reason-false-positive = False positive
close-reason-duplicate = Duplicate
close-reason-not-security-incident = Not a security incident

personal-data-yes = Yes
personal-data-no = No
personal-data-undetermined = Undetermined

role-controller = Controller
role-processor = Processor
role-joint-controller = Joint controller
role-both = Controller and processor

nature-confidentiality = Confidentiality
nature-integrity = Integrity
nature-availability = Availability

risk-none = No risk
risk-risk = Risk
risk-high = High risk

decision-notify = Notify the authority
decision-no-notify = Do not notify

language-en = English
language-de = Deutsch
language-nl = Nederlands
language-fr = Français

## CLI

cli-init-done = Register created at { $path }.
cli-recovery-key = Recovery key (shown only once — write it down and keep it offline): { $key }
cli-keyring-stored = The data key is also stored in the OS keyring.
cli-prompt-passphrase = Passphrase:
cli-prompt-new-passphrase = New passphrase (at least 12 characters):
cli-prompt-confirm-passphrase = Repeat the passphrase:
cli-incident-created = Incident { $id } logged: { $title }
cli-incident-updated = Incident { $id } updated.
cli-incident-transitioned = Incident { $id } is now { $status }.
cli-breach-assessed = Assessment of incident { $id } recorded.
cli-action-added = Action { $id } added.
cli-action-done = Action { $id } marked done.
cli-action-undone = Action { $id } marked not done.
cli-note-added = Note added to incident { $id }.
cli-org-updated = Organisation profile saved.
cli-no-incidents = No incidents match.
cli-incidents-count = { $shown } of { $total ->
    [one] { $total } incident
   *[other] { $total } incidents
}
cli-verify-ok = Journal intact: { $events ->
    [one] { $events } event
   *[other] { $events } events
}, head { $seq } { $hash }.
cli-exported = Exported { $events ->
    [one] { $events } event
   *[other] { $events } events
} to { $path } (head { $hash }).
cli-missing-art33 = Still missing for the Art 33(3) notification: { $items }
cli-header-id = ID
cli-header-detected = Detected
cli-header-status = Status
cli-header-breach = Breach
cli-header-risk = Risk
cli-header-title = Title
cli-header-when = When
cli-header-actor = Who
cli-header-event = What
cli-timeline = Timeline
cli-actions = Actions
cli-notes = Notes
cli-assessment = Breach assessment
cli-yes = yes
cli-no = no
cli-backup-created = Encrypted backup written to { $path } (head { $hash }).
cli-backup-restored = Backup restored to { $path } and verified (head { $hash }).
cli-passphrase-changed = The passphrase was changed.
cli-key-rotated = The register was re-encrypted with a new data key; the old data key, passphrase and recovery key no longer open it. Backups made before now still open with the old passphrase and recovery key: delete or re-create them if those may be compromised.
cli-key-rotate-staged = Write this new recovery key down now: the re-encrypted register is being put in place. Should an error follow, try the new recovery key first, then the old one.
cli-recovery-confirmed = The recovery key was confirmed.
cli-recovery-unconfirmed = Reminder: nobody has confirmed holding this register’s recovery key yet. If it is written down, confirm it with “breachlog key confirm-recovery”; if it is lost, issue a new one with “breachlog key new-recovery”.
cli-recovery-new = A new recovery key replaced the old one, which no longer opens this register (backups made earlier keep theirs). Confirm it with “breachlog key confirm-recovery” once it is written down.
cli-recovery-used = You unlocked with the recovery key: set a new passphrase with “breachlog key change-passphrase”.
cli-keyring-added = The data key is now stored in the OS keyring.
cli-keyring-removed = The data key was removed from the OS keyring.

## The desktop window's title: the organisation and how many deadlines have passed.
app-window-title = { $org } — Breachlog
app-window-title-overdue = { $org } · { $count } overdue — Breachlog
field-letter-field = letter field
field-letter-text = letter text
