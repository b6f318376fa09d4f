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

## Trusted timestamps (RFC 3161) over signed checkpoints (docs/chain-format.md §10).

field-url = URL
field-ca = trust anchor (CA certificate)
field-tsa = time-stamping authority
entity-tsa = time-stamping authority
reason-not-an-http-url = is not a plain http:// URL with a host (for example http://timestamp.example.com/tsa)
reason-not-a-certificate = is not an X.509 certificate (PEM or DER)
reason-no-tsa-configured = no time-stamping authority is configured: add one with “breachlog anchor tsa add --url URL --ca CA.pem”
error-tsa-unavailable = The time-stamping authority { $url } could not be reached ({ $detail }). Nothing was recorded; ask again when it is reachable.
error-tsa-refused = The answer of the time-stamping authority { $url } was refused: { $reason }. Nothing was recorded.
cli-anchor-tsa-added = Time-stamping authority { $url } added; its tokens must chain to { $subject } (SHA-256 { $sha256 }).
cli-anchor-tsa-removed = Time-stamping authority { $url } removed; its tokens already recorded are still checked.
cli-anchor-tsa-none = No time-stamping authority is configured.
cli-anchor-tsa-row = { $url } — trust anchor { $subject } (SHA-256 { $sha256 }), added { $added }
cli-anchor-timestamped = Timestamp recorded as event { $seq }: { $tsa } certifies that the signed checkpoint of event { $checkpoint } existed at { $time } (serial { $serial }).
cli-verify-timestamps = { $count ->
    [one] One timestamp token checked offline (signature, certificate chain to the TSA's trust anchor, imprint of its checkpoint).
   *[other] { $count } timestamp tokens checked offline (signature, certificate chain to the TSA's trust anchor, imprint of its checkpoint).
}
integrity-timestamp-malformed = the timestamp token is not a well-formed RFC 3161 token: { $detail }
integrity-timestamp-signature = the timestamp token's signature does not verify: the token was altered or forged
integrity-timestamp-untrusted = the timestamp token is not signed by a certificate that chains to the trust anchor configured for its time-stamping authority
integrity-timestamp-not-tsa = the certificate that signed the timestamp token is not a time-stamping certificate (no timeStamping extended key usage)
integrity-timestamp-expired = a certificate of the timestamp token was not valid at the time it certifies
integrity-timestamp-other-data = the timestamp token is over other data than the signed checkpoint it names
integrity-timestamp-not-granted = the time-stamping authority did not grant the timestamp (status { $status })
integrity-timestamp-checkpoint-unknown = the timestamp names event { $checkpoint }, which is not a signed checkpoint before it
integrity-timestamp-tsa-unknown = the timestamp is from { $url }, a time-stamping authority the register had not configured at that time
integrity-timestamp-mismatch = the timestamp event's { $field } differs from its token
