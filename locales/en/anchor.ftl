## Merkle proofs over the journal and signed checkpoints (docs/chain-format.md §8, §9).

field-seq = sequence number
field-size = journal size
field-from-size = earlier journal size
field-to-size = later journal size

cli-proof-inclusion = Event { $seq } (hash { $hash }) is in the journal of { $size } events, Merkle root { $root }. Audit path, leaf to root:
cli-proof-consistency = The journal of { $from } events (Merkle root { $from_root }) is a prefix of the journal of { $to } events (Merkle root { $to_root }). Consistency proof:
