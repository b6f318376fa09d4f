## The team register (issue 17, docs/team.md).
error-team-server = The team server { $server } could not be used: { $detail }. Nothing was lost: what this register holds stays here and is sent at the next sync.
error-team-server-untrusted = The team server { $server } did not show a certificate this computer trusts for its address ({ $detail }). Name the CA that signs it: add sslrootcert=PATH-TO-CA.pem to the connection string (see docs/team.md). Nothing was sent and nothing was lost.
error-team-server-in-use = The team server { $server } already holds another register. Use an empty database, or join that team with an invitation.
error-team-not-shared = This register is not shared with a team. Create one with: breachlog team create --server postgres://…

cli-team-created = Shared with the team on { $server }: { $events } events published, head { $seq } { $hash }. Members see ids, times, kinds and hashes on the server; everything else travels encrypted.
cli-team-status = Shared on { $server } as { $member }: { $pending ->
    [0] everything is on the server
    [one] 1 event not sent yet
   *[other] { $pending } events not sent yet
 } (server holds up to seq { $synced }).
cli-team-synced = Synced: { $pulled } events from other members, { $sent } sent; the server's { $events } events open with the team key and match this register (head { $seq }).
cli-team-invited = Invitation for { $name } <{ $email }> — give them this one-time code by another channel than e-mail alone (it opens the team's keys once):
    { $code }
cli-team-joined = Joined the team on { $server } as { $member }: { $events } events pulled into the new encrypted register { $path }.
cli-team-no-conflicts = No conflicts: every change of yours is in the shared register.
team-conflict-moved = Not applied: your { $kind } of incident { $subject } ({ $ts }) — { $other_actor } moved the incident first (event { $other_seq }). Look at its status and decide again.
team-conflict-edited = Not applied: your { $kind } of incident { $subject } ({ $ts }) — { $other_actor } changed the same field first (event { $other_seq }). Compare and edit again.
team-conflict-redacted = Not applied: your { $kind } of incident { $subject } ({ $ts }) — { $other_actor } erased the incident's personal data first (event { $other_seq }).
team-report-reissue = Issue again: report { $serial } ({ $ts }) was issued before your events were sent; { $other_actor }'s events (from event { $other_seq }) came first, so the journal head it names no longer exists. Issue the report again and hand out the new one.
cli-team-removed = { $member } is removed from the team: their database role can no longer log in, and from now on events are sealed under key epoch { $epoch }, which only { $members } hold.
