## Het teamregister (issue 17, docs/team.md).
error-team-server = De teamserver { $server } kon niet worden gebruikt: { $detail }. Er ging niets verloren: wat dit register bevat, blijft hier en wordt bij de volgende synchronisatie verzonden.
error-team-server-in-use = De teamserver { $server } bevat al een ander register. Gebruik een lege database, of word lid van dat team met een uitnodiging.
error-team-not-shared = Dit register wordt niet met een team gedeeld. Maak er een met: breachlog team create --server postgres://…

cli-team-created = Gedeeld met het team op { $server }: { $events } gebeurtenissen gepubliceerd, kop { $seq } { $hash }. De server ziet id’s, tijden, soorten en hashes; al het andere gaat versleuteld.
cli-team-status = Gedeeld op { $server } als { $member }: { $pending ->
    [0] alles staat op de server
    [one] 1 gebeurtenis nog niet verzonden
   *[other] { $pending } gebeurtenissen nog niet verzonden
 } (de server heeft alles tot nr. { $synced }).
cli-team-synced = Gesynchroniseerd: { $sent } gebeurtenissen verzonden; de { $events } gebeurtenissen op de server openen met de teamsleutel en komen overeen met dit register (kop { $seq }).
