# Breachlog desktop app — English messages used only by the app (it also uses breachlog.ftl).
# de, nl and fr have the same ids and variables.

## Errors the core does not know

app-error-locked = The register is locked. Unlock it to continue.
app-error-heading = Breachlog could not start
app-retry = Try again

## Notifications

app-notify-heading = Breachlog deadline
app-notify-threshold = { $title }: the GDPR 72-hour notification deadline is less than { $hours } h away.
app-notify-overdue = { $title }: the GDPR 72-hour notification deadline has passed.

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
app-creating = Creating… (deriving the key takes a few seconds)
app-recovery-title = Your recovery key
app-recovery-intro = This key opens the register if the passphrase is lost. It is shown only now: write it down or store it in your password manager, away from this computer.
app-recovery-stored = I have stored the recovery key in a safe place.
app-recovery-confirm = Type the last { $count } characters of the key to confirm
app-recovery-continue = Continue to the register

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
app-search-placeholder = Search title or id…
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
app-deadline = Nearest deadline
app-deadline-gdpr = GDPR Art 33: notify the authority (72 h)
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
app-event-session-unlocked = Unlocked
app-event-session-locked = Locked
app-event-journal-exported = Journal exported

## Integrity

app-integrity-title = Integrity
app-integrity-intro = Every change is an event in a hash chain. Verification recomputes every hash and rebuilds every table from the events; it also runs at each unlock. Keep the head hash somewhere else to detect a rewritten register.
app-integrity-failed = Integrity check failed.
app-verify-ok = The journal and all tables are intact.
app-not-verified = Not verified yet in this session.
app-event-count = Events
app-head-hash = Head hash
app-checked-at = Checked
app-verify-now = Verify now
app-verifying = Verifying…

## Settings

app-settings-title = Settings
app-org-profile = Organisation profile
app-preferences = Preferences
