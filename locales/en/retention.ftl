## Retention and redaction of personal data (closed incidents)

field-reason = reason
field-retention = retention
field-retention-months = retention in months
field-retention-by-category = retention per category
field-backup-interval-hours = hours between scheduled backups
field-backup-keep = number of backups to keep
reason-redacted = the incident's personal data have been redacted; it can no longer be changed
reason-not-closed = only closed incidents can be redacted
reason-retention-running = its retention period runs until { $until } (use --early for an erasure request)
integrity-sealed-mismatch = the stored value of the personal field { $path } does not match the commitment in the journal (it was edited)
integrity-sealed-missing = the value of the personal field { $path } was deleted without a recorded redaction
integrity-sealed-orphan = a stored value ({ $path }) belongs to no personal field of its event
cli-retention-none = No closed incident holds personal data.
cli-retention-col-category = Category
cli-retention-col-closed = Closed
cli-retention-col-until = Retention until
cli-retention-due = redaction due
cli-retention-running = retained
cli-retention-clear-text = Incident { $incident }: { $count ->
    [one] event { $events } was written before these texts were sealed and still carries
   *[other] events { $events } were written before these texts were sealed and still carry
} them in clear in the journal, its exports and bundles. Redaction blanks them in the register, reports and exports, but the chain cannot change what was written.
cli-redacted = Redacted { $fields ->
    [one] { $fields } personal field
   *[other] { $fields } personal fields
} in { $events ->
    [one] { $events } journal event
   *[other] { $events } journal events
} (event { $seq }).
retention-reports-deleted = { $count ->
    [one] Deleted the stored report that carried the erased texts: { $serials }.
   *[other] Deleted { $count } stored reports that carried the erased texts: { $serials }.
}
cli-verify-redaction = Redaction at event { $seq } ({ $date }): incident { $incident }, { $fields ->
    [one] { $fields } field
   *[other] { $fields } fields
} in { $events ->
    [one] { $events } event
   *[other] { $events } events
} erased. Reason: { $reason }

## Desktop: backups and retention (settings screen)

app-backup-title = Encrypted backups
app-backup-intro = The app writes an encrypted backup into this folder at the chosen interval while the register is open, keeps the newest ones and deletes older ones. A restore test opens the newest backup in a temporary register and verifies it completely.
app-backup-last = Last backup
app-backup-last-test = Last restore test
app-backup-next = Next scheduled backup
app-backup-never = never
app-backup-no-folder = no folder chosen: no scheduled backups
app-backup-files = { $count ->
    [one] { $count } backup in the folder
   *[other] { $count } backups in the folder
}
app-backup-test-passed = passed
app-backup-test-failed = failed
app-backup-now = Back up now
app-backup-test-now = Test restore of the newest backup
app-backup-done = Backup written.
app-backup-test-ok = Restore test passed: { $file } opens and verifies ({ $events } events).
app-retention-title = Retention of personal data
app-retention-intro = Closed incidents keep their personal data (names, descriptions, notes, assessment texts) for this many months; then the app proposes to redact them. The facts needed for the breach register stay, and the journal keeps verifying.
app-retention-due = { $count ->
    [one] The retention of { $count } closed incident has passed: redaction is proposed.
   *[other] The retention of { $count } closed incidents has passed: redaction is proposed.
}
app-retention-review = Review
app-retention-redact = Redact
app-retention-redact-early = Redact early…
app-retention-default-reason = Retention period of { $months } months has passed
app-retention-confirm-title = Redact the personal data of “{ $title }”?
app-retention-confirm-body = Titles, descriptions, owners, notes, action texts and the assessment's texts of this incident are erased for good, along with stored copies of reports about it. This cannot be undone; the journal records the redaction and its reason.
app-retention-early-warning = Its retention period runs until { $until }. Redact early only for a reason such as an erasure request.
app-retention-redacted = { $fields ->
    [one] { $fields } personal field redacted.
   *[other] { $fields } personal fields redacted.
}
report-event-redacted = { $fields ->
    [one] { $fields } personal field erased
   *[other] { $fields } personal fields erased
}: { $reason }
report-redacted = (redacted)
app-redacted-value = (redacted)
app-redacted-banner = The personal data of this incident were redacted on { $date }. It is kept read-only for the register.

## Journal event names (timeline and PDF reports)

app-event-backup-created = Backup created
event-backup-created = Backup created
app-event-backup-restore-tested = Restore tested
event-backup-restore-tested = Restore tested
app-event-backup-restored = Restored from a backup
event-backup-restored = Restored from a backup
app-event-bundle-exported = Audit bundle exported
app-event-register-exported = Register exported
app-event-report-issued = Report issued
app-event-key-passphrase-changed = Passphrase changed
event-key-passphrase-changed = Passphrase changed
app-event-key-rotated = Data key rotated
event-key-rotated = Data key rotated
app-event-key-keyring-added = Key stored in the system keyring
event-key-keyring-added = Key stored in the system keyring
app-event-key-keyring-removed = Key removed from the system keyring
event-key-keyring-removed = Key removed from the system keyring
app-event-controller-changed = Controller contract changed
event-controller-changed = Controller contract changed
app-event-incident-redacted = Personal data redacted
event-incident-redacted = Personal data redacted
event-controller-added = Controller added
event-incident-classified = Classified (NIS2/DORA/CRA)
event-incident-regimes-set = Regimes changed
event-obligation-opened = Obligation opened
event-obligation-anchor-changed = Deadline moved
event-obligation-not-required = Obligation not required
event-obligation-reinstated = Obligation reinstated
event-filing-recorded = Filing recorded
event-rule-changed = Rule changed
event-regulation-settings-changed = Regulation settings changed
event-authority-contact-logged = Authority contact logged
