## Merkle proofs over the journal and signed checkpoints (docs/chain-format.md §8, §9).

field-seq = sequence number
field-size = journal size
field-from-size = earlier journal size
field-to-size = later journal size

cli-proof-inclusion = Event { $seq } (hash { $hash }) is in the journal of { $size } events, Merkle root { $root }. Audit path, leaf to root:
cli-proof-consistency = The journal of { $from } events (Merkle root { $from_root }) is a prefix of the journal of { $to } events (Merkle root { $to_root }). Consistency proof:
field-checkpoint = checkpoint file

reason-not-a-checkpoint = is not a signed checkpoint of a Breachlog register (docs/chain-format.md §9), or is larger than 64 KiB

cli-anchor-checkpoint = Signed checkpoint recorded as event { $seq }: the journal of { $size } events, Merkle root { $root }.
cli-anchor-exported = A signed checkpoint of the whole journal (event { $seq }: { $size } events, Merkle root { $root }) was written to { $path }. Give it to someone who keeps it apart from this laptop; `breachlog verify --checkpoint` checks the register against it.
cli-verify-checkpoints = { $count ->
    [one] One signed checkpoint checked (signature, size, root and head).
   *[other] { $count } signed checkpoints checked (signature, size, root and head).
}
cli-verify-witnessed = The register still extends the witnessed checkpoint of { $size } events (Merkle root { $root }): consistency proof to { $now } events checked.

integrity-checkpoint-malformed = the signed checkpoint is malformed: { $detail }
integrity-checkpoint-signature = the checkpoint's signature does not verify with the register's published signing key (the checkpoint was altered)
integrity-checkpoint-key-unknown = the checkpoint is not signed by a key the register has published (it was signed with another key)
integrity-checkpoint-mismatch = the checkpoint's { $field } does not match the journal it covers
integrity-checkpoint-other-register = the checkpoint belongs to another register ({ $origin })
integrity-checkpoint-diverges = the journal no longer extends the witnessed checkpoint of { $size } events: events up to this one were rewritten
integrity-checkpoint-shorter = the journal has fewer events than the witnessed checkpoint of { $size } events: it was cut off
