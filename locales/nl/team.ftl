## Het teamregister (issue 17, docs/team.md).
error-team-server = De teamserver { $server } kon niet worden gebruikt: { $detail }. Er ging niets verloren: wat dit register bevat, blijft hier en wordt bij de volgende synchronisatie verzonden.
error-team-server-untrusted = De teamserver { $server } toonde geen certificaat dat deze computer voor zijn adres vertrouwt ({ $detail }). Noem de CA die het ondertekent: voeg sslrootcert=PAD-NAAR-CA.pem toe aan de verbindingsreeks (zie docs/team.md). Er is niets verzonden en niets verloren.
error-team-server-in-use = De teamserver { $server } bevat al een ander register. Gebruik een lege database, of word lid van dat team met een uitnodiging.
error-team-not-shared = Dit register wordt niet met een team gedeeld. Maak er een met: breachlog team create --server postgres://…

cli-team-created = Gedeeld met het team op { $server }: { $events } gebeurtenissen gepubliceerd, kop { $seq } { $hash }. De server ziet id’s, tijden, soorten en hashes; al het andere gaat versleuteld.
cli-team-status = Gedeeld op { $server } als { $member }: { $pending ->
    [0] alles staat op de server
    [one] 1 gebeurtenis nog niet verzonden
   *[other] { $pending } gebeurtenissen nog niet verzonden
 } (de server heeft alles tot nr. { $synced }).
cli-team-synced = Gesynchroniseerd: { $pulled } gebeurtenissen van andere leden, { $sent } verzonden; de { $events } gebeurtenissen op de server openen met de teamsleutel en komen overeen met dit register (kop { $seq }).
cli-team-invited = Uitnodiging voor { $name } <{ $email }> — geef deze eenmalige code via een ander kanaal dan alleen e-mail (hij opent één keer de sleutels van het team):
    { $code }
cli-team-joined = Lid geworden van het team op { $server } als { $member }: { $events } gebeurtenissen overgenomen in het nieuwe versleutelde register { $path }.
cli-team-no-conflicts = Geen conflicten: al uw wijzigingen staan in het gedeelde register.
team-conflict-moved = Niet toegepast: uw { $kind } van incident { $subject } ({ $ts }) — { $other_actor } wijzigde de status van het incident eerder (gebeurtenis { $other_seq }). Bekijk de status en beslis opnieuw.
team-conflict-edited = Niet toegepast: uw { $kind } van incident { $subject } ({ $ts }) — { $other_actor } wijzigde hetzelfde veld eerder (gebeurtenis { $other_seq }). Vergelijk en wijzig opnieuw.
team-conflict-redacted = Niet toegepast: uw { $kind } van incident { $subject } ({ $ts }) — { $other_actor } wiste eerder de persoonsgegevens van het incident (gebeurtenis { $other_seq }).
team-report-reissue = Opnieuw uitgeven: rapport { $serial } ({ $ts }) is uitgegeven voordat uw gebeurtenissen waren verzonden; de gebeurtenissen van { $other_actor } (vanaf gebeurtenis { $other_seq }) kwamen eerst, dus de journaalstand die het noemt bestaat niet meer. Geef het rapport opnieuw uit en verstrek het nieuwe.
cli-team-removed = { $member } is uit het team verwijderd: hun databaserol kan niet meer inloggen, en gebeurtenissen worden vanaf nu verzegeld onder sleutelperiode { $epoch }, die alleen { $members } hebben.
