## Evidence files: attached to an incident, stored encrypted inside the register, each one's
## SHA-256 in the journal.

field-file = file
field-file-name = file name
field-evidence = evidence file
entity-evidence = evidence file

reason-file-missing = there is no file at this path
reason-not-a-file = it is not a regular file (a device, a pipe or a socket)
reason-file-too-large = it is larger than { $max } MiB, the largest evidence file the register takes
reason-file-exists = a file of that name exists already; it is not overwritten
reason-evidence-erased = its content was erased when the incident's personal data were redacted

integrity-evidence-mismatch = the stored content of the evidence file { $evidence } does not match its SHA-256 in the journal (it was altered)
integrity-evidence-chunk-mismatch = the stored content of the evidence file { $evidence } does not match its SHA-256 in the journal (chunk { $chunk } was altered, removed or added)
integrity-evidence-orphan = stored content ({ $evidence }) belongs to no evidence file of the journal

event-evidence-added = Evidence file added
event-evidence-exported = Evidence file exported

# Sizes: below 1 KiB in bytes; above with one decimal and the exact count.
file-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
file-size-kib = { $value } KiB ({ $bytes } bytes)
file-size-mib = { $value } MiB ({ $bytes } bytes)
file-size-gib = { $value } GiB ({ $bytes } bytes)

report-section-evidence = Evidence files
report-evidence-intro = The files are kept encrypted in the register. The SHA-256 of each one was recorded in the journal when it was added; it is checked at every export and by every verification of the register.
report-col-file = File
report-col-size = Size
report-col-sha256 = SHA-256
report-col-added = Added
report-evidence-erased = content erased with the redaction
report-event-evidence = { $name } · { $size }

cli-evidence = Evidence files
cli-evidence-none = No evidence files.
cli-evidence-added = Evidence file { $id } added to the incident: { $size }, SHA-256 { $sha256 }
cli-evidence-exported = Evidence file { $id } written to { $path }: { $size }, SHA-256 { $sha256 } (as recorded in the journal)
cli-header-file = file
cli-header-size = size
cli-header-added = added
cli-header-exports = exports
cli-header-sha256 = SHA-256
cli-evidence-erased = erased
cli-hint-force = (--force overwrites it)
