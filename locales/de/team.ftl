## Das Team-Register (Issue 17, docs/team.md).
error-team-server = Der Team-Server { $server } war nicht nutzbar: { $detail }. Es ging nichts verloren: was dieses Register enthält, bleibt hier und wird bei der nächsten Synchronisierung gesendet.
error-team-server-untrusted = Der Team-Server { $server } hat kein Zertifikat vorgelegt, dem dieser Computer für seine Adresse vertraut ({ $detail }). Geben Sie die ausstellende Zertifizierungsstelle an: fügen Sie sslrootcert=PFAD-ZUR-CA.pem zur Verbindungszeichenfolge hinzu (siehe docs/team.md). Es wurde nichts gesendet und nichts ging verloren.
error-team-server-in-use = Der Team-Server { $server } enthält bereits ein anderes Register. Verwenden Sie eine leere Datenbank oder treten Sie diesem Team mit einer Einladung bei.
error-team-not-shared = Dieses Register wird mit keinem Team geteilt. Legen Sie eines an mit: breachlog team create --server postgres://…

cli-team-created = Mit dem Team auf { $server } geteilt: { $events } Ereignisse veröffentlicht, Kopf { $seq } { $hash }. Der Server sieht Kennungen, Zeiten, Arten und Hashes; alles andere wird verschlüsselt übertragen.
cli-team-status = Geteilt auf { $server } als { $member }: { $pending ->
    [0] alles ist auf dem Server
    [one] 1 Ereignis noch nicht gesendet
   *[other] { $pending } Ereignisse noch nicht gesendet
 } (der Server hat alles bis Nr. { $synced }).
cli-team-synced = Synchronisiert: { $pulled } Ereignisse anderer Mitglieder, { $sent } gesendet; die { $events } Ereignisse des Servers lassen sich mit dem Teamschlüssel öffnen und stimmen mit diesem Register überein (Kopf { $seq }).
cli-team-invited = Einladung für { $name } <{ $email }> — geben Sie diesen einmaligen Code über einen anderen Weg als nur E-Mail weiter (er öffnet einmal die Schlüssel des Teams):
    { $code }
cli-team-joined = Dem Team auf { $server } als { $member } beigetreten: { $events } Ereignisse in das neue verschlüsselte Register { $path } übernommen.
cli-team-no-conflicts = Keine Konflikte: jede Ihrer Änderungen ist im gemeinsamen Register.
team-conflict-moved = Nicht übernommen: Ihr { $kind } von Vorfall { $subject } ({ $ts }) — { $other_actor } hat den Status des Vorfalls zuerst geändert (Ereignis { $other_seq }). Prüfen Sie den Status und entscheiden Sie neu.
team-conflict-edited = Nicht übernommen: Ihr { $kind } von Vorfall { $subject } ({ $ts }) — { $other_actor } hat dasselbe Feld zuerst geändert (Ereignis { $other_seq }). Vergleichen Sie und ändern Sie erneut.
team-conflict-redacted = Nicht übernommen: Ihr { $kind } von Vorfall { $subject } ({ $ts }) — { $other_actor } hat die personenbezogenen Daten des Vorfalls zuerst gelöscht (Ereignis { $other_seq }).
team-report-reissue = Erneut ausstellen: Bericht { $serial } ({ $ts }) wurde ausgestellt, bevor Ihre Ereignisse gesendet waren; die Ereignisse von { $other_actor } (ab Ereignis { $other_seq }) kamen zuerst, daher gibt es den darin genannten Journalstand nicht mehr. Stellen Sie den Bericht erneut aus und geben Sie den neuen weiter.
cli-team-removed = { $member } wurde aus dem Team entfernt: ihre Datenbankrolle kann sich nicht mehr anmelden, und Ereignisse werden ab jetzt unter Schlüsselepoche { $epoch } versiegelt, die nur { $members } besitzen.
