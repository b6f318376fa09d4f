# Breachlog desktop app — English messages used only by the app (it also uses breachlog.ftl).
# de, nl and fr have the same ids and variables.

## Errors the core does not know

app-error-locked = The register is locked. Unlock it to continue.
app-error-not-prepared = Nothing is being created: go back one step and start the recovery key again.
app-error-no-recovery-key = There is no new recovery key to save or confirm. Issue a new one in Settings → Keys.
app-error-keyring-unavailable = No OS keyring is available on this computer.
app-error-heading = Breachlog could not start
app-retry = Try again

## Notifications

app-notify-heading = Breachlog deadline
app-notify-threshold = { $incident }: { $obligation } is due in less than { $hours } h, at { $due }.
app-notify-overdue = { $incident }: { $obligation } was due at { $due } and is overdue.
# How a desktop notification names an incident unless titles are allowed in the settings.
app-notify-incident = Incident { $id }
app-notify-show-titles = Show incident titles in desktop notifications
app-notify-show-titles-help = Off: notifications name an incident by its short id and the kind of recipient. The operating system keeps notification texts in its history and can show them on the lock screen, outside the encrypted register.

## General

app-loading = Loading…
app-save = Save
app-saved = Saved.
app-cancel = Cancel
app-confirm = Confirm
app-next = Next
app-prev = Previous
app-back = Back
app-add = Add
app-or = or
app-copy = Copy
app-copied = Copied
app-comma-separated = comma-separated
app-estimate = estimate
app-missing = missing
app-complete = complete

## First run

app-first-run-title = Create your incident register
app-first-run-intro = Breachlog keeps an encrypted, tamper-evident register on this computer. Start with your organisation's profile; you can change it later.
app-step-org = Organisation
app-step-protect = Protect the register
app-step-recovery = Recovery key
app-contact-placeholder = dpo@example.com, +31 20 123 4567
app-protect-keyring = Store the key in this computer's keyring (one-click unlock)
app-protect-passphrase = Use a passphrase
app-keyring-unavailable = No OS keyring is available here, so the register is protected with a passphrase.
app-passphrase-repeat = Repeat the passphrase
app-strength-0 = Enter a passphrase of at least 12 characters.
app-strength-1 = Weak: use at least 12 characters, ideally several words.
app-strength-2 = Fair: longer is better.
app-strength-3 = Good.
app-strength-4 = Strong.
app-create-register = Create register
app-creating = Creating the register…
app-recovery-title = Your recovery key
app-recovery-intro = This key opens the register if the passphrase is lost. Breachlog keeps no copy and shows it only now. Save the Recovery Kit as a PDF or print it, keep it away from this computer, then confirm below: the register is created only then.
app-recovery-stored = I have stored the recovery key in a safe place.
app-recovery-confirm = Type the last { $count } characters of the key to confirm
app-preparing = Preparing the key… (this takes a few seconds)
app-kit-save = Save Recovery Kit as PDF…
app-kit-print = Print
app-kit-saved = Recovery Kit saved: { $path }
app-kit-save-title = Save the Breachlog Recovery Kit

## Unlock and lock

app-unlock-title = Unlock the register
app-unlock = Unlock
app-unlocking = Unlocking and verifying…
app-unlock-keyring = Unlock with the OS keyring
app-unlock-wait = Too many failed attempts: wait { $seconds } s.
app-use-recovery = Use the recovery key instead
app-use-passphrase = Use the passphrase instead
app-lock = Lock

## Navigation

app-nav-label = Main
app-nav-register = Register
app-nav-integrity = Integrity
app-nav-settings = Settings
app-quick-log = Log incident

## Register

app-register-title = Incident register
app-search = Search
app-search-placeholder = Search titles, descriptions, notes, actions or id…
app-all-statuses = All statuses
app-all-risks = All risks
app-breach-any = Breach or not
app-breach-only = Breaches only
app-breach-none = No breach
app-breach = Breach
app-from = from
app-to = to
app-sort = Sort
app-sort-detected-desc = Newest first
app-sort-detected-asc = Oldest first
app-sort-title = Title
app-sort-status = Status
app-sort-severity = Severity
app-sort-deadline = Nearest deadline first
app-deadline = Nearest deadline
app-overdue-by = overdue by { $time }
app-due = Due { $when }
app-exercise = exercise
app-empty-title = No incidents yet
app-empty-body = Log the first one the moment something happens: a title is enough, the rest can follow.
app-no-match = No incidents match these filters.
app-clear-filters = Clear filters
app-page = Page { $page } of { $pages }

## Quick log

app-what-happened = What happened
app-quick-log-hint = Enter or Ctrl+Enter saves · Esc cancels
app-incident-logged = Incident logged.

## Incident

app-back-to-register = Back to the register
app-move-to = Move to { $status }
app-reopen-reason = Why is it reopened?
app-details = Details
app-exercise-label = This is an exercise (no obligations)
app-obligations = Obligations
app-clock-needs-aware = Personal data are involved: enter when you became aware to start the 72-hour clock.
app-no-obligations = No running deadlines. Assess the incident as a personal-data breach to start the GDPR clock.
app-save-assessment = Save assessment
app-contact-default = empty: the organisation's contact point
app-art33-title = Art 33(3) notification content
app-art33-complete = Everything Art 33(3) asks for is recorded.
app-art33-missing = { $count ->
    [one] One item is still missing.
   *[other] { $count } items are still missing.
}
app-no-actions = No actions yet.
app-new-action = New action…
app-no-notes = No notes yet.
app-new-note = Add a note…
app-add-note = Add note

## Timeline event kinds

app-event-register-created = Register created
app-event-org-updated = Organisation updated
app-event-settings-changed = Settings changed
app-event-incident-created = Incident logged
app-event-incident-updated = Details changed
app-event-incident-transitioned = Status changed
app-event-breach-assessed = Assessment changed
app-event-action-added = Action added
app-event-action-done = Action done
app-event-action-reopened = Action reopened
app-event-note-added = Note added
app-event-subjects-letter-edited = Letter to the people edited
app-event-session-unlocked = Unlocked
app-event-session-locked = Locked
app-event-journal-exported = Journal exported

## Integrity

app-integrity-title = Integrity
app-integrity-intro = Every change is an event in a hash chain. Verification recomputes every hash and rebuilds every table from the events; it also runs at each unlock. A signed checkpoint is made at every report, export and backup, and daily while the app is open. Give a copy of one to someone outside (your DPO, an auditor): with it they can prove later that the register was not rewritten.
app-integrity-failed = Integrity check failed.
app-verify-ok = The journal and all tables are intact.
app-not-verified = Not verified yet in this session.
app-event-count = Events
app-head-hash = Head hash
app-merkle-root = Merkle root
app-tree-size = Tree size
app-last-checkpoint = Last signed checkpoint
app-last-checkpoint-value = event { $seq }: { $size ->
    [one] one event
   *[other] { $size } events
} ({ $reason })
app-no-checkpoint = none yet (one is made at every report, export and backup, and daily while the app is open)
app-checkpoint-reason-report = report
app-checkpoint-reason-export = export
app-checkpoint-reason-backup = backup
app-checkpoint-reason-manual = on request
app-checkpoint-reason-daily = daily
app-checkpoint-reason-timestamp = for a timestamp
app-last-timestamp = Last independent timestamp
app-last-timestamp-value = { $time } by { $tsa }
app-timestamp-pending = pending: the latest checkpoint has no timestamp yet (asked for again while the time-stamping authority cannot be reached)
app-no-timestamp = none yet (no time-stamping authority is configured: add one below)
app-checkpoint-export = Save a checkpoint for a witness…
app-checkpoint-export-hint = A short signed text file: the register's id, the number of events and their Merkle root. Whoever keeps a copy can check the register against it with “breachlog verify --checkpoint FILE”.
app-checkpoint-export-dialog = Save a signed checkpoint
app-checkpoint-filter = Checkpoint (text)
app-checkpoint-saved = Saved { $path }: event { $seq }, covering { $size ->
    [one] one event
   *[other] { $size } events
}.
app-checked-at = Checked
app-verify-now = Verify now
app-verifying = Verifying…

## Settings

app-settings-title = Settings
app-org-profile = Organisation profile
app-preferences = Preferences

## Regulation: navigation and obligations

app-nav-obligations = Obligations
app-nav-contacts = Authority contacts
app-obligations-title = Obligations
app-obligations-intro = Every notification, report and answer the incidents call for, under each regime that applies: overdue first, then what is due next.
app-obligations-overdue = { $count ->
    [one] One obligation is overdue.
   *[other] { $count } obligations are overdue.
}
app-obligations-empty = No open obligations
app-obligations-empty-body = Obligations appear when an incident is assessed as a personal-data breach or classified under NIS2 or DORA.
app-show-done = Show filed and not required
app-exercise-no-obligations = This incident is an exercise: it creates no obligations.
app-awaiting-anchor = The clock starts when the time it runs from is recorded.
app-duration = { $days } d { $hours } h { $minutes } min
app-duration-hm = { $hours } h { $minutes } min
app-elapsed = { $time } elapsed
app-late-by = late by { $time }
app-not-required = Not required
app-not-required-placeholder = Why is this obligation not required? (kept in the register, Art 33(5) GDPR)
app-not-required-confirm = Record as not required
app-reinstate = Reinstate

## Filing dialog

app-record-filing = Record filing
app-record-follow-up = Record follow-up
app-filed-at = filed at
app-reference-placeholder = Case or confirmation number of the authority
app-filing-late-hint = This filing is { $time } after the deadline: give the reasons for the delay (Art 33(1) GDPR).
app-filing-complete = all the information the law asks for given
app-filing-complete-auto = as the Art 33(3) checklist says
app-filing-complete-help = No: a notification in phases; the rest is owed without undue further delay (GDPR Art 33(4)), or the ePrivacy second notification within three days (Regulation 611/2013 Art 2(3)).
app-filing-recorded = Filing recorded.

## Drafts

app-drafts = Notification drafts
app-back-to-incident = Back to the incident
app-draft-authority = Supervisory authority
app-draft-subjects = Persons concerned (Art 34)
app-draft-controller = Controller (Art 33(2))
app-draft-language-default = the authority's language
app-draft-missing = { $count ->
    [one] One Art 33(3) item is still missing; you may file in phases and send it later:
   *[other] { $count } Art 33(3) items are still missing; you may file in phases and send them later:
}
app-draft-missing-34 = { $count ->
    [one] One item Art 34(2) asks for is still missing:
   *[other] { $count } items Art 34(2) asks for are still missing:
}
app-draft-no-controllers = No affected controllers. Add controllers in the settings and select them in the assessment (role: processor).

## Authority contact log

app-contacts-title = Authority contacts
app-contacts-intro = Requests from supervisory authorities and your answers. A request with a response date appears among the obligations until it is answered.
app-contact-add = Log contact
app-contact-at = date
app-contact-logged = Authority contact logged.
app-contacts-empty = No authority contacts yet
app-contacts-empty-body = Log a request as soon as it arrives, with the date by which the authority expects an answer.
app-significance-title = Significance check (NIS2)
app-significance-intro = Answer the facts you know; the check applies Implementing Regulation (EU) 2024/2690 (Art 3, and Art 7 for cloud or Art 10 for managed service providers) and is stored with the classification. Whether the incident is significant remains your decision.
app-significance-yes = Check: significant (one or more criteria met)
app-significance-no = Check: no criterion met
app-order-none = none (a supervisory authority's request)
app-order-law-production = Regulation (EU) 2023/1543 Art 10(2)-(3): transmit the data at the latest within 10 days following receipt (counted under Regulation 1182/71).
app-order-law-production-emergency = Regulation (EU) 2023/1543 Art 10(4): transmit the data without undue delay, at the latest within 8 hours following receipt.
app-order-law-preservation = Regulation (EU) 2023/1543 Art 11(1): preserve the data without undue delay; the duty ends after 60 days unless extended by 30 days or a production request is confirmed.
app-preserve-until = preserve until { $date }
app-preserve-until-produced = preserve until the production request is answered
app-preservation-released = released { $date }
app-preservation-saved = Preservation order updated.
app-answered = answered

## ENISA severity

app-enisa-title = Severity (ENISA method: SE = DPC × EI + CB)
app-enisa-dpc-simple = simple data
app-enisa-dpc-behavioural = behavioural data
app-enisa-dpc-financial = financial data
app-enisa-dpc-sensitive = sensitive data (Art 9/10)
app-enisa-ei-negligible = negligible
app-enisa-ei-limited = limited
app-enisa-ei-significant = significant
app-enisa-ei-maximum = maximum
app-enisa-cb-none = none
app-enisa-cb-c-none = none, or exposed without evidence of unlawful processing
app-enisa-cb-known-recipients = disclosed to a known number of recipients
app-enisa-cb-unknown-recipients = disclosed to an unknown number of recipients
app-enisa-cb-recoverable = recoverable
app-enisa-cb-unrecoverable = unrecoverable
app-enisa-cb-temporary = temporarily unavailable
app-enisa-cb-permanent = permanently unavailable
app-enisa-malicious = Malicious intent (+0.5)
app-enisa-empty = Choose the data processing context and the ease of identification to see the score.
app-enisa-clamped = The adjusted context is limited to the range 1–4: { $dpc }.
app-enisa-suggestion = A suggestion: you decide the risk below and write why.
app-notify-authorities = authorities to notify
app-notify-authorities-help = Leave empty to notify the lead authority. Choose several when there is no lead authority (Art 3(2) GDPR: every authority where affected people live). Ctrl+click selects several.
app-affected-controllers = affected controllers
app-art34-none = no exemption: inform them

## Classification

app-incident-regimes = Regimes and classification
app-incident-regimes-own = Use other regimes for this incident than the organisation’s
app-classification = NIS2 / DORA / CRA classification
app-classification-intro = Record when the incident was found significant (NIS2), classified as major (DORA) or when you became aware of an actively exploited vulnerability or severe incident in a product you ship (CRA): the reporting deadlines run from that moment.
app-classified-at = found significant / major at
app-classify = Classify
app-classify-as-nis2 = NIS2: significant incident
app-classify-as-dora = DORA: major ICT incident
app-classified-nis2 = NIS2 significant since
app-classified-dora = DORA major since
app-classify-as-cra = CRA: product with digital elements
app-classified-cra = CRA report, aware since
app-cra-aware-at = became aware at
app-milestones = Recovery and corrective measures
app-milestones-intro = Later reports run from these times: the CRA final report on an actively exploited vulnerability is due 14 days after a corrective or mitigating measure is available (Regulation (EU) 2024/2847 Art 14(2)(c)); DORA’s updated intermediate report is owed once regular activities are recovered (Delegated Regulation (EU) 2025/301 Art 5(1)(b)). Leave a time empty while it is not known; emptying it clears it.
app-report-request = Report requested by the CSIRT
app-report-request-intro = The CSIRT may ask for an intermediate report on relevant status updates (NIS2 Art 23(4)(c); CRA Art 14(6): the CSIRT designated as coordinator). Neither sets a period: the report is due when the request says; leave the due time empty when it sets none (then it is never late).
app-report-request-nis2 = NIS2: intermediate report (Art 23(4)(c))
app-report-request-cra = CRA: intermediate report (Art 14(6))
app-report-requested-at = request received at
app-report-request-due = due as the request says (optional)
app-report-request-save = Record the request

## Regulation settings

app-regimes-title = Regimes
app-regimes-intro = The laws whose notification duties apply to your organisation. Incidents get obligations under these regimes.
app-rules-title = Deadline rules
app-rules-warning = A rule's hours can only be shortened (a stricter internal deadline): the law does not change because a setting did. Shorter hours apply to obligations opened from now on; obligations opened earlier keep the terms they were opened with.
app-dora-entity-help = DORA: a deadline on a weekend or bank holiday moves to 12:00 of the next working day (Delegated Regulation (EU) 2025/301 Art 5(4)), but not the initial notification and the intermediate report of credit institutions, central counterparties, operators of trading venues and NIS2 essential or important entities (Art 5(5)). Until both are set, those two do not move.
app-rule-reset = Reset to { $hours } h
app-rule-overridden = changed (the law says { $hours } h)
app-controllers-title = Controllers (processor role)
app-controllers-intro = The organisations you process personal data for. Each is notified of a breach (Art 33(2) GDPR) within its contractual hours, or without undue delay when the contract sets none.
app-targets-title = Internal target and DORA roll-over
app-undue-target-none = none
app-undue-target-help = Hours after the start for obligations “without undue delay”. Shown next to the elapsed time; such an obligation is never marked late.
app-rollover-off = off
app-rollover-help = DORA deadlines falling on a weekend or public holiday of this country move to 12:00 of the next working day.
app-no-controllers = No controllers yet.

## Timeline event kinds of the regulation engine

app-event-controller-added = Controller added
app-event-incident-classified = Classified (NIS2/DORA/CRA)
app-event-incident-regimes-set = Regimes changed
app-event-obligation-opened = Obligation opened
app-event-obligation-anchor-changed = Deadline moved
app-event-obligation-not-required = Obligation not required
app-event-obligation-reinstated = Obligation reinstated
app-event-filing-recorded = Filing recorded
app-event-rule-changed = Rule changed
app-event-regulation-settings-changed = Regulation settings changed
app-event-authority-contact-logged = Authority contact logged

# Backup folder picker (Settings → Encrypted backups); the title is the native dialog's.
app-backup-pick = Choose folder…
app-backup-pick-title = Choose the folder for encrypted backups

# A text longer than the core accepts: shown next to the field, the text is kept as it is.
app-too-long = At most { $max } characters ({ $count } entered): nothing was cut, shorten the text to save it.
## Keys (reminder, Settings → Keys, new passphrase after a recovery-key unlock)

app-reminder-text = The recovery key has not been confirmed. If the passphrase is lost, only the recovery key opens the register.
app-reminder-confirm = Confirm now
app-reminder-type = Type the whole recovery key
app-recovery-confirmed = Recovery key confirmed.
app-keys-title = Keys
app-keys-intro = How the register is unlocked. Every change is recorded in the journal.
app-keys-passphrase = Passphrase
app-keys-change-passphrase = Change passphrase
app-keys-set-passphrase = Set a passphrase
app-keys-current-passphrase = Current passphrase
app-keys-new-passphrase = New passphrase
app-keys-passphrase-changed = Passphrase changed.
app-keys-has-passphrase = The register opens with a passphrase.
app-keys-no-passphrase = This register has no passphrase: it opens with the OS keyring or the recovery key.
app-keys-recovery = Recovery key
app-keys-recovery-confirmed = Confirmed: the current recovery key was typed back.
app-keys-recovery-unconfirmed = Not confirmed: nobody has typed the current recovery key back yet.
app-keys-new-recovery = Issue a new recovery key
app-keys-new-recovery-warning = The current recovery key stops opening the register as soon as the new one is issued. Backups made earlier still open with the old key.
app-keys-issue = Issue the new key
app-keys-new-recovery-title = Your new recovery key
app-keys-new-recovery-intro = The old recovery key no longer opens the register. Save or print the Recovery Kit, keep it away from this computer, then confirm the new key.
app-keys-confirm-key = Confirm the key
app-keys-later = Confirm later
app-keys-keyring = OS keyring
app-keys-keyring-on = The key is stored in this computer's keyring: the register opens with one click.
app-keys-keyring-off = The key is not stored in the keyring.
app-keys-keyring-enable = Store the key in the keyring
app-keys-keyring-disable = Remove the key from the keyring
app-keys-keyring-unavailable = No OS keyring is available on this computer.
app-newpass-title = Set a new passphrase
app-newpass-intro = You unlocked the register with the recovery key. Set a new passphrase before you continue: the old one is lost, or someone else may know it.
app-newpass-save = Set the passphrase

## Evidence files on the incident screen.
app-evidence-title = Evidence files
app-evidence-intro = Police reports, screenshots, logs, an authority's receipt: kept encrypted inside the register, the SHA-256 of each file recorded in the journal.
app-evidence-none = No evidence files yet.
app-evidence-note = Note about the next file (optional)
app-evidence-add = Attach a file…
app-evidence-adding = Storing the file in the register…
app-evidence-added = { $name } attached: { $size }.
app-evidence-export = Save a copy…
app-evidence-exported = Saved to { $path }; its SHA-256 matches the journal.
app-evidence-added-by = added { $date } by { $who }
app-evidence-exports = { $count ->
    [one] exported once
   *[other] exported { $count } times
}
app-evidence-erased = Content erased with the redaction.
app-evidence-pick-title = Choose the file to attach as evidence
app-evidence-save-title = Save a copy of the evidence file
app-event-evidence-added = Evidence file added
app-event-evidence-exported = Evidence file exported

## Native menu, other registers, printing, keyboard shortcuts
app-menu-file = File
app-menu-new-incident = New incident
app-menu-open-register = Open another register…
app-menu-recent = Recent registers
app-menu-recent-none = No other register yet
app-menu-print = Print report…
app-menu-lock = Lock
app-menu-quit = Quit
app-menu-edit = Edit
app-menu-cut = Cut
app-menu-copy = Copy
app-menu-paste = Paste
app-menu-select-all = Select all
app-menu-help = Help
app-menu-shortcuts = Keyboard shortcuts
app-menu-about = About Breachlog
app-about-comments = Security incident and data-breach register with GDPR, NIS2 and DORA deadlines, kept in one encrypted file on this computer.
app-open-register-title = Open another register
app-open-register-filter = Breachlog register
app-error-not-recent = This register is not in the list of recent registers: open it with “Open another register…”.
app-error-register-missing = There is no register at { $path } any more (moved or deleted).
app-error-menu = The menu could not be built: { $error }
app-error-viewer = The report was saved to { $path }, but no PDF viewer could be opened to print it: { $error }
app-shortcuts-heading = Keyboard shortcuts
app-shortcuts-close = Close
app-shortcut-new-incident = Log a new incident
app-shortcut-open-register = Open another register
app-shortcut-print = Print the current report (the incident’s, on the Reports screen the one chosen, else the register)
app-shortcut-lock = Lock the register
app-shortcut-quit = Quit (locks the register)
app-shortcut-shortcuts = Show this overview
app-shortcut-close = Close a dialog
app-unlock-other-register = Open another register…
app-unlock-recent = Recent registers
app-reports-print = Print…

# Date and time inputs: the format hint (the placeholder) and the problems shown under the field.
app-datetime-format = DD/MM/YYYY HH:MM
app-date-format = DD/MM/YYYY
app-datetime-invalid = Not a date: write it as { $format }
app-datetime-gap = { $value } does not exist in { $zone }: the clocks go forward at that hour
# The lead authority picker (searchable registry).
app-authority-search = Search by name, country or abbreviation
app-authority-none-found = No authority matches
app-authority-list-unavailable = The list of authorities could not be loaded

# Customers (controllers we process data for).
app-nav-customers = Customers
app-customers-title = Customers
app-customers-intro = The controllers you process personal data for: their country, language, lead authority, contractual notice hours and contacts. A breach of their data gives each one its own notice.
app-customers-add = Add customer
app-customers-edit = Edit
app-customers-remove = Remove
app-customers-remove-confirm = Remove { $name }? Notices already due to it are kept.
app-customers-removed = { $name } removed.
app-customers-saved = { $name } saved.
app-customers-import = Import CSV…
app-customers-pick-title = Choose a customers CSV file
app-customers-preview-title = Import preview (nothing written yet)
app-customers-preview-ok = { $rows } rows: { $added } to add, { $changed } to change, { $unchanged } unchanged.
app-customers-preview-refused = { $count ->
    [one] One row is refused; fix the file and import again. Nothing is imported.
   *[other] { $count } rows are refused; fix the file and import again. Nothing is imported.
}
app-customers-preview-line = Line { $line }:
app-customers-import-confirm = Import
app-customers-imported = Imported: { $added } added, { $changed } changed.
app-customers-empty = No customers yet
app-customers-empty-body = Add them one by one or import a CSV file with the columns name, country, language, authority, notice_hours, contact, contract_reference.
app-customers-search = Search name, contact, authority…
app-customers-all-countries = All countries
app-customers-page = Showing the first { $shown } of { $matching }. Search or filter to find one.
app-customers-more = Show { $count } more
app-customers-count = { $shown } of { $total }
app-customers-actions = Actions
app-customers-contacts-hint = one per line
app-customers-hours-number = Enter whole hours, or leave empty for “without undue delay”.
app-impacts-title = Impact per customer
app-impacts-intro = What this incident did to each customer’s data. Each customer’s notice carries its own figures, categories and countries; a customer whose impact is not known yet gets a notice that says so.
app-impacts-people = People
app-impacts-records = Records
app-impacts-countries = Countries
app-impacts-unknown = not known yet
app-impacts-totals = { $known } of { $customers } customers known: { $subjects } people, { $records } records in total.
app-impacts-estimate = Incident-wide estimate: { $subjects } people, { $records } records.
app-impacts-items-hint = separate with ; or ,
app-impacts-saved = Impact on { $name } saved.
app-first-run-have-register = Already have a register?
app-first-run-open-register = Open it…
app-what-if-title = What if…
app-what-if-not-law = Proposal — not the law in force. This shows each obligation now and as it would be if the proposal were adopted; nothing is saved and no deadline changes.

## Notify customers (processor): one notice per customer, draft → sent → acknowledged
app-notify-button = Notify customers
app-notify-back = Back to the incident
app-notify-title = Notify customers
app-notify-intro = One notice per affected customer, with its own figures, language and law. Prepare the PDFs for the selected customers, send them, mark them as sent, then record each customer's acknowledgement. A reminder shows when a sent notice is not acknowledged within the hours set under Settings; it is not a legal deadline.
app-notify-none = No customer notices: the incident has no affected customers in the processor role.
app-notify-counts = { $draft } draft · { $sent } sent · { $acknowledged } acknowledged
app-notify-reminders = { $count ->
    [one] 1 reminder
   *[other] { $count } reminders
}
app-notify-search = Search name, country, language or contact
app-notify-filter = Status
app-notify-filter-all = All statuses
app-notify-filter-reminder = Reminder due
app-notify-selected = { $count } selected
app-notify-select-all = Select all shown
app-notify-prepare = Prepare notices…
app-notify-pick-folder = Folder for the customer notices
app-notify-progress = { $done } of { $total } notices written
app-notify-prepared = { $count ->
    [one] 1 notice written to { $dir }
   *[other] { $count } notices written to { $dir }
}
app-notify-mark-sent = { $count ->
    [one] Mark 1 as sent
   *[other] Mark { $count } as sent
}
app-notify-mark-sent-intro = { $count ->
    [one] Records the filing of the selected draft notice: when and how it was sent.
   *[other] Records one filing for each of the { $count } selected draft notices: when and how they were sent.
}
app-notify-reference-placeholder = e.g. the e-mail's subject or message id
app-notify-marked-sent = { $count ->
    [one] 1 notice marked as sent.
   *[other] { $count } notices marked as sent.
}
app-notify-country-language = Country · language
app-notify-contact = Contact
app-notify-status = Notice
app-notify-record-ack = Record acknowledgement
app-notify-ack-at = Acknowledged at
app-notify-ack-by = By (at the customer)
app-notify-acknowledged = Acknowledgement of { $name } recorded.
app-notice-reminder-default = { $hours } (default)
app-notice-reminder-help = Hours after sending a notice to a customer before a missing acknowledgement shows as a reminder; 0 = never. A reminder, never a legal deadline.

app-tsa-title = Trusted timestamps
app-tsa-intro = A time-stamping authority (RFC 3161) certifies that the journal existed no later than a given time, so nobody — not even whoever holds this register's key — can later rewrite what came before it. Add the authority's URL and the CA certificate its tokens must chain to; tokens are checked offline against it. A qualified authority under eIDAS gives a legal presumption of date and integrity. The app asks for a timestamp after each checkpoint, and again later while the authority cannot be reached.
app-tsa-none = No time-stamping authority is configured yet.
app-tsa-add = Choose its CA certificate and add…
app-tsa-ca-dialog = The time-stamping authority's CA certificate
app-tsa-ca-filter = Certificates (PEM or DER)
app-tsa-ca = trust anchor: { $subject } · added { $time }
app-tsa-added = Added { $url }. A timestamp will be requested shortly.
app-tsa-remove = Remove
app-tsa-remove-label = Remove { $url }
app-tsa-remove-confirm = Stop asking this authority? Its tokens stay in the journal and stay checked.
app-timestamp-now = Get a timestamp now
app-timestamp-done = Timestamp of { $time } recorded (event { $seq }).

## Issue 14: the forms' answers, the organisation's standing details, the authority's channel
app-form-answers = What the authorities' forms also ask
app-form-answers-help = The Dutch AP and the CNIL ask these on their forms; an unanswered one is shown as missing in the draft.
app-unknown-choice = not answered
app-draft-unanswered = { $count ->
    [one] One answer the form asks is not in the record yet:
   *[other] { $count } answers the form asks are not in the record yet:
}
app-org-standing = Legal representative, registration number and DPO
app-org-standing-help = Stated once, used in every notification draft. SIREN (France: 9 digits), KvK (Netherlands: 8 digits) or company number; "none" if the organisation has none.
app-org-dora-profile = DORA: the entity in every major-incident report
app-org-dora-profile-help = Implementing Regulation (EU) 2025/302 Annex I fields 1.3 and 1.7–1.15, stated once and used in every DORA report; an incident's own answer to a field still wins for that incident.
app-authority-channel = How to notify
app-authority-not-confirmed = not confirmed
app-authority-attachments-yes = attachments accepted
app-authority-attachments-no = no attachments
app-authority-source = source, checked { $checked }

## The team register's sharing state in the top bar (docs/team.md).
app-team-shared = Shared
app-team-up-to-date = up to date
app-team-pending = { $count ->
    [one] 1 pending
   *[other] { $count } pending
}
app-team-offline-since = offline since { $time }
app-team-conflicts = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
}
app-team-reissue = { $count ->
    [one] 1 report to issue again
   *[other] { $count } reports to issue again
}
app-team-reissue-title = Issued before your events were sent; another member's events came first, so the journal head they name no longer exists. Issue them again: { $serials }
app-team-title = Team server { $server }, you are { $member }. Click to sync now.

# The Art 34 letter edited before issuing (issue 14 item 5)
app-letter-edit = Edit
app-letter-save = Save text
app-letter-reset = Back to the proposed text
app-letter-edited = edited
app-letter-hint = This letter is written for the people concerned, with advice chosen by the kinds of data involved. Read it and edit it before you send it: the text you save is what the PDF and the filing keep (GDPR Art 34(2)).
app-draft-dora = DORA report
app-dora-stage-initial = initial notification
app-dora-stage-intermediate = intermediate report
app-dora-stage-final = final report
app-draft-missing-dora = { $count ->
    [one] One field Annex II makes mandatory for this report is still empty; the filing is refused until it is answered (or recorded as sent without it):
   *[other] { $count } fields Annex II makes mandatory for this report are still empty; the filing is refused until they are answered (or recorded as sent without them):
}
app-filing-missing-blocking = { $count ->
    [one] One field the law makes mandatory for this report is still empty; the filing is refused until it is answered:
   *[other] { $count } fields the law makes mandatory for this report are still empty; the filing is refused until they are answered:
}
app-filing-missing-shown = { $count ->
    [one] One item this filing should contain is still missing (you may file now and send it later):
   *[other] { $count } items this filing should contain are still missing (you may file now and send them later):
}
app-filing-without-missing = It was sent without these fields (record it as incomplete)
app-draft-nis2 = NIS2 report to the CSIRT
app-draft-missing-nis2 = { $count ->
    [one] One field NIS2 Art 23(4) or the channel's form asks for is still empty:
   *[other] { $count } fields NIS2 Art 23(4) or the channel's form asks for are still empty:
}
app-nis2-channel = CSIRT channel
app-nis2-channel-default = the lead authority's country
app-nis2-channel-nl = Netherlands: NCSC-NL
app-nis2-channel-be = Belgium: CCB
app-nis2-channel-de = Germany: BSI
app-nis2-channel-fr = France: ANSSI / CERT-FR
app-nis2-language-default = the channel's language
app-draft-cra = CRA report
app-draft-missing-cra = { $count ->
    [one] One item Article 14 says this report includes at least is still empty; the filing is refused until it is answered (or recorded as sent without it):
   *[other] { $count } items Article 14 says this report includes at least are still empty; the filing is refused until they are answered (or recorded as sent without them):
}
