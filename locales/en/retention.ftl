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
cli-redacted = Redacted { $fields } personal fields in { $events } journal events (event { $seq }).
cli-verify-redaction = Redaction at event { $seq } ({ $date }): incident { $incident }, { $fields } fields in { $events } events erased. Reason: { $reason }
