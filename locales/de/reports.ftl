# Breachlog — deutsche Texte für PDF-Berichte, Registerexporte, Prüfpakete und deren Prüfung.
# Gleiche IDs und Variablen wie en, nl und fr.

## Berichtstitel und laufender Text

report-title-incident = Bericht zum Sicherheitsvorfall
report-title-register = Verzeichnis der Verletzungen des Schutzes personenbezogener Daten (Art. 33 Abs. 5 DSGVO)
report-title-audit-trail = Prüfprotokoll des Registerjournals
report-kind-incident = Vorfallsbericht
report-kind-register = Verletzungsverzeichnis
report-kind-audit-trail = Prüfprotokoll
report-title-with-subject = { $title }: { $subject }
report-unnamed-org = (Name der Organisation nicht hinterlegt)
report-serial = Bericht Nr.
report-generated = Erstellt
report-timezone = Zeitzone
report-period = Zeitraum: { $from } bis { $to }
report-head-short = Journalstand
report-pdf-subject = { $org } — Breachlog-Bericht { $serial }
report-page-of = Seite { $page } von { $total }
report-yes = Ja
report-no = Nein
report-approx-estimate = ca. { $n } (geschätzt)
report-unknown = Unbekannt
report-none = Keine erfasst.
report-pending = Noch nicht entschieden

## Vorfallsbericht

report-section-facts = Sachverhalt
report-incident-id = Vorfalls-ID
report-exercise = Übung
report-contained-at = Eingedämmt
report-resolved-at = Behoben
report-closed-at = Abgeschlossen
report-recorded = Erfasst
report-section-assessment = Bewertung der Datenschutzverletzung
report-no-assessment = Für diesen Vorfall wurde keine Bewertung einer Datenschutzverletzung erfasst.
report-section-decision = Risiko und Entscheidung über die Meldung
report-decided-by = Entschieden von
report-section-actions = Maßnahmen
report-action-done-at = Erledigt am { $at }
report-action-done = Erledigt
report-action-open = Offen
report-section-notes = Notizen
report-section-timeline = Zeitverlauf (Journaleinträge)
report-col-when = Zeitpunkt
report-col-who = Durch
report-col-seq = Nr.
report-col-event = Ereignis
report-col-subject = Bezug
report-col-details = Einzelheiten
report-col-hash = Ereignis-Hash
report-changed = Geändert: { $fields }

## Prüfprotokoll

report-audit-intro = Dieses Dokument führt { $count ->
    [one] { $count } Journaleintrag
   *[other] { $count } Journaleinträge
} des Registers in der Reihenfolge ihrer Erfassung auf. Jeder Eintrag ist über einen SHA-256-Hash mit seinem Vorgänger verkettet; die vollständigen Einträge sind dieser PDF-Datei als maschinenlesbare Datei beigefügt.
report-section-events = Journaleinträge

## Verzeichnis

report-register-intro = Dieses Verzeichnis dokumentiert jede Verletzung des Schutzes personenbezogener Daten, einschließlich der nicht an die Aufsichtsbehörde gemeldeten, mit den Fakten, den Auswirkungen, den ergriffenen Abhilfemaßnahmen und der Begründung jeder Entscheidung (Art. 33 Abs. 5 DSGVO). Übungen sind nicht enthalten.
report-sum-breaches = Datenschutzverletzungen in diesem Verzeichnis
report-sum-notified = An die Aufsichtsbehörde gemeldet
report-sum-not-notified = Nicht gemeldet (Begründung dokumentiert)
report-sum-pending = Entscheidung über die Meldung ausstehend
report-sum-under-assessment = Offene Vorfälle in Bewertung (nicht aufgeführt)
report-sum-exercises = Übungen mit personenbezogenen Daten (nicht aufgeführt)
report-section-register = Verletzungen
report-no-breaches = Für diesen Zeitraum sind keine Datenschutzverletzungen erfasst.
report-col-breach = Verletzung
report-col-times = Zeitpunkte
report-col-nature = Art und Beschreibung
report-col-data = Daten und betroffene Personen
report-col-risk = Risikobewertung
report-col-art33 = Entscheidung nach Art. 33
report-col-measures = Folgen und Maßnahmen
report-col-journal = Status und Journal
report-t-occurred = Eingetreten
report-t-detected = Entdeckt
report-t-aware = Kenntnis
report-t-contained = Eingedämmt
report-t-closed = Abgeschlossen
report-t-justification = Begründung des Kenntniszeitpunkts

## Integrität

report-section-integrity = Integrität
report-integrity-intro = Dieser Bericht wurde aus dem hashverketteten Journal des Registers erstellt. Die folgenden Werte bezeichnen genau den Journalstand, den er wiedergibt, und ermöglichen jedermann die Prüfung, dass weder dieses Dokument noch das Journal verändert wurden.
report-issued-by = Erstellt von
report-head-seq = Journalstand (Eintragsnummer)
report-head-hash = Journalstand (SHA-256)
report-content-sha256 = SHA-256 des Inhalts
report-prev-sha256 = Vorheriger Bericht (SHA-256 der PDF-Datei)
report-prev-none = Keiner — dies ist der erste Bericht aus diesem Register
report-section-checkpoint = Signierter Checkpoint
report-checkpoint-intro = Das Register hat diese Aussage mit seinem Ed25519-Schlüssel signiert: sein Journal aus { $size } Einträgen bis zum oben genannten Kopf hat diese Merkle-Wurzel (C2SP Signed Note, beschrieben in chain-format.md). Der Anhang enthält sie mit den Inklusionsnachweisen der Einträge, die dieser Bericht zeigt. Bewahren Sie eine Kopie getrennt vom Register auf – scannen Sie den Code oder kopieren Sie den Text: Wer sie besitzt, kann das Register später beweisen lassen, dass sein Journal sie fortsetzt, und den Schlüssel anderer Berichte damit vergleichen.
report-section-how-to-verify = So prüfen Sie diesen Bericht
report-verify-1 = Halten Sie den SHA-256 dieser PDF-Datei so fest, wie Sie sie erhalten haben; jedes SHA-256-Werkzeug berechnet ihn („sha256sum DATEI“ unter Linux, „shasum -a 256 DATEI“ unter macOS, „certutil -hashfile DATEI SHA256“ unter Windows). Die Organisation hält denselben Wert in ihrem Journal fest und druckt ihn als „Vorheriger Bericht“ im nächsten Bericht ab; ein späterer Bericht belegt so, dass genau diese Datei ausgestellt wurde.
report-verify-2 = Die PDF-Datei enthält einen Anhang, „{ $file }“ (in der Anhangsleiste der meisten PDF-Programme aufgeführt): die Daten, aus denen dieser Bericht erstellt wurde. Der oben genannte SHA-256 des Inhalts ist der SHA-256 des Textes „breachlog-report-v1“, eines Zeilenvorschubs und der genauen Bytes des Anhangs, z. B. „(printf 'breachlog-report-v1\n'; cat { $file }) | sha256sum“. Stimmt er überein, wurden die Daten hinter diesem Bericht nicht verändert.
report-verify-3 = Der Anhang enthält auch die Journalereignisse, aus denen der Bericht erstellt wurde, jedes über seinen SHA-256 mit dem vorherigen verkettet. Das letzte ist Ereignis { $seq } mit dem Hash { $hash } (der oben genannte Journalstand). Sie können die Organisation jederzeit später um einen Export ihres Journals bitten: Er muss dieses Ereignis mit diesem Hash noch enthalten; das zeigt, dass nichts davor umgeschrieben wurde.
report-verify-4 = Alle Regeln hinter diesen Prüfungen (das kanonische JSON, die Ereignis-Hashes, der Inhalts-Hash und das Siegel dieser Datei) sind in den Breachlog-Formatbeschreibungen „chain-format.md“ und „report-format.md“ veröffentlicht; sie lassen sich mit jedem unabhängigen Werkzeug wiederholen, ohne die Software der Organisation.
report-integrity-note = Zeitpunkte sind in der Zeitzone der Organisation mit ihrer Abweichung von UTC angegeben; der Anhang enthält sie in UTC.

## Namen der Journaleinträge

event-register-created = Register angelegt
event-org-updated = Organisationsprofil geändert
event-settings-changed = Einstellungen geändert
event-incident-created = Vorfall erfasst
event-incident-updated = Vorfall geändert
event-incident-transitioned = Status geändert
event-breach-assessed = Bewertung der Verletzung erfasst
event-action-added = Maßnahme hinzugefügt
event-action-done = Maßnahme erledigt
event-action-reopened = Maßnahme wieder geöffnet
event-note-added = Notiz hinzugefügt
event-subjects-letter-edited = Schreiben an die betroffenen Personen bearbeitet
event-session-unlocked = Register entsperrt
event-session-locked = Register gesperrt
event-journal-exported = Journal exportiert
event-report-issued = Bericht erstellt
event-register-exported = Verzeichnis exportiert
event-bundle-exported = Prüfpaket exportiert

## Prüfung von Berichten

verify-report-unreadable = die Datei ist keine lesbare PDF-Datei ({ $detail })
verify-report-no-seal = die Datei trägt kein Breachlog-Siegel
verify-report-seal-mismatch = das Siegel stimmt nicht: die Datei wurde nach ihrer Erstellung verändert
verify-report-no-attachment = die eingebettete Datei breachlog-report.json fehlt
verify-report-bad-content = der eingebettete Inhalt ist kein gültiger Breachlog-Bericht ({ $detail })
verify-report-content-hash = der in der PDF-Datei angegebene Inhalts-Hash stimmt nicht mit dem eingebetteten Inhalt überein
verify-report-info-mismatch = die in der PDF-Datei angegebene Angabe „{ $what }“ stimmt nicht mit dem eingebetteten Inhalt überein
verify-report-event-chain = der eingebettete Journaleintrag { $seq } ist nicht gültig: { $detail }
verify-report-not-issued-here = dieses Register hat den Bericht nicht erstellt (kein Ereignis „Bericht erstellt“ trägt seinen SHA-256)
verify-report-head-missing = das Register enthält den Journaleintrag { $seq } mit dem im Bericht angegebenen Hash nicht: das Journal wurde gekürzt oder neu aufgebaut
verify-report-duplicate-attachment = die Datei enthält mehr als eine eingebettete Datei namens „{ $name }“: ein Anzeigeprogramm könnte eine andere zeigen als die geprüfte
verify-report-extra-attachment = die Datei enthält neben breachlog-report.json die eingebettete Datei „{ $name }“
verify-report-incremental-update = die Datei hat mehr als eine Revision: nach dem Erstellen wurde etwas angefügt (eine inkrementelle Aktualisierung)
verify-report-proof-malformed = der eingebettete Nachweis besteht nicht aus einem Checkpoint, einem öffentlichen Schlüssel und einer Liste von Inklusionsnachweisen
verify-report-proof-not-a-checkpoint = der Checkpoint des eingebetteten Nachweises ist kein signierter Checkpoint
verify-report-proof-other-register = der Checkpoint des eingebetteten Nachweises gehört zu einem anderen Register als der Bericht
verify-report-proof-bad-signature = der Checkpoint des eingebetteten Nachweises ist nicht mit dem eingebetteten Schlüssel signiert: er wurde verändert oder gefälscht
verify-report-proof-wrong-head = der Checkpoint des eingebetteten Nachweises endet nicht am Journalkopf des Berichts
verify-report-proof-missing-inclusion = für den eingebetteten Journaleintrag { $seq } fehlt der Inklusionsnachweis
verify-report-proof-bad-inclusion = der Inklusionsnachweis des Journaleintrags { $seq } führt nicht zur Wurzel des signierten Checkpoints
verify-report-proof-witness-key = der angegebene Checkpoint ist nicht mit dem Schlüssel des Nachweises dieses Berichts signiert (oder gehört zu einem anderen Register)
verify-report-proof-missing = ein Checkpoint wurde angegeben, aber der Bericht enthält keinen signierten Nachweis, mit dem er verglichen werden könnte
verify-report-proof-timestamp-checkpoint = der eingebettete Zeitstempel gilt einem Checkpoint, der kein signierter Anfang des Journals des Berichts ist
verify-report-proof-timestamp-token = das eingebettete Zeitstempel-Token ist nicht gültig: { $detail }
verify-report-proof-timestamp-anchor = der eingebettete Zeitstempel führt nicht zu der angegebenen Zertifizierungsstelle (oder der Bericht enthält keinen Zeitstempel)

## CLI

cli-report-issued = Bericht { $serial } in { $path } geschrieben ({ $pages ->
    [one] { $pages } Seite
   *[other] { $pages } Seiten
}, SHA-256 { $sha }).
cli-verify-report-ok = Bericht { $serial } geprüft: umfasst den Journalstand { $seq } { $hash }.
cli-verify-report-standalone = Bericht { $serial }: der eingebettete Inhalt passt zum Siegel und umfasst den Journalstand { $seq } { $hash }; ob ein Register ihn erstellt hat, lässt sich ohne das Register nicht prüfen (das Siegel ist keine Signatur: eine geänderte Datei kann jeder neu versiegeln).
cli-verify-report-issued-here = Von diesem Register erstellt; das Register enthält den Journalstand weiterhin.
cli-verify-report-no-register = Kein Register geprüft (mit --db wird zusätzlich bestätigt, dass das Register den Bericht erstellt hat).
cli-verify-report-failed = Prüfung des Berichts fehlgeschlagen: { $reason }
cli-verify-report-proof = Signierter Nachweis: { $events ->
    [one] { $events } Journaleintrag ist
   *[other] { $events } Journaleinträge sind
} im Journal des Registers { $register } mit { $size } Einträgen enthalten (Merkle-Wurzel { $root }), wie ein mit dem Schlüssel { $key } signierter Checkpoint bestätigt ({ $proofs ->
    [one] { $proofs } Inklusionsnachweis
   *[other] { $proofs } Inklusionsnachweise
} geprüft). Der Schlüssel ist der des Registers, wenn ein Checkpoint, den Sie vom Register erhalten haben, damit verifiziert (--checkpoint DATEI), oder mit --db. Der übrige Bericht wird vom Register aus diesen Einträgen abgeleitet; das Siegel allein beweist das nicht.
cli-verify-report-no-proof = Dieser Bericht enthält keinen signierten Nachweis (er wurde ausgestellt, bevor Berichte einen enthielten).
cli-verify-report-witness = Der Checkpoint in { $path } (Register { $register }, { $size } Einträge) ist mit demselben Schlüssel signiert: der Nachweis dieses Berichts stammt vom Schlüssel dieses Registers.
cli-verify-report-timestamp = Qualifizierter Zeitnachweis: die ersten { $size } Einträge des Journals, das das Journal dieses Berichts fortsetzt, bestanden spätestens am { $time }, wie { $tsa } bescheinigt (RFC 3161), mit einer Zertifikatskette bis { $anchor } (SHA-256 { $sha }).
cli-verify-report-timestamp-given = Diese Zertifizierungsstelle ist die von Ihnen angegebene (--tsa-ca).
cli-verify-report-timestamp-embedded = Diese Zertifizierungsstelle ist die im Bericht enthaltene: vergleichen Sie ihren SHA-256 mit dem veröffentlichten Zertifikat des Zeitstempeldienstes oder geben Sie das Zertifikat mit --tsa-ca DATEI an.
cli-register-exported = { $rows ->
    [one] { $rows } Verletzung
   *[other] { $rows } Verletzungen
} nach { $path } exportiert.
cli-bundle-exported = Prüfpaket in { $path } geschrieben ({ $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}, Journalstand { $hash }).
cli-bundle-ok = Prüfpaket unverändert: { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}, Journal mit { $events ->
    [one] { $events } Eintrag
   *[other] { $events } Einträgen
}, Stand { $seq } { $hash }.
cli-bundle-report-head = Bericht { $serial } ({ $file }) umfasst den Journalstand { $seq } { $hash }: vergleichen Sie ihn mit der versandten Ausfertigung.
cli-bundle-failed = Prüfung des Prüfpakets fehlgeschlagen: { $reason }

## Prüfung von Prüfpaketen

bundle-no-manifest = manifest.json fehlt oder ist nicht lesbar ({ $detail })
bundle-file-missing = die im Manifest aufgeführte Datei { $file } fehlt
bundle-file-changed = die Datei { $file } stimmt nicht mit ihrem SHA-256 im Manifest überein
bundle-file-unlisted = die Datei { $file } ist nicht im Manifest aufgeführt
bundle-journal = das Journal ist nicht gültig: { $detail }
bundle-head-mismatch = der Journalstand stimmt nicht mit dem im Manifest angegebenen Stand überein (das Journal wurde gekürzt oder erweitert)
bundle-report = der Bericht { $file } ist nicht gültig: { $detail }
bundle-not-regular = { $file } im Prüfpaket ist ein symbolischer Link oder keine reguläre Datei
bundle-report-not-issued = der Bericht { $file } wurde von keinem Ereignis „Bericht erstellt“ des Journals im Prüfpaket erstellt (mit seinem SHA-256 und Journalstand)
bundle-report-not-in-journal = der Bericht { $file } verweist auf das Journalereignis { $seq }, das das Journal im Prüfpaket nicht mit diesem Hash enthält: das Journal wurde nach dem Erstellen des Berichts neu geschrieben

## Spaltenüberschriften der Exporte

export-col-id = Verletzungs-ID
export-col-title = Titel
export-col-category = Ursache (Kategorie)
export-col-role = Rolle
export-col-occurred-from = Eingetreten ab (UTC)
export-col-occurred-from-local = Eingetreten ab (Ortszeit)
export-col-occurred-to = Eingetreten bis (UTC)
export-col-occurred-to-local = Eingetreten bis (Ortszeit)
export-col-detected-at = Entdeckt (UTC)
export-col-detected-at-local = Entdeckt (Ortszeit)
export-col-aware-at = Kenntnis (UTC)
export-col-aware-at-local = Kenntnis (Ortszeit)
export-col-contained-at = Eingedämmt (UTC)
export-col-contained-at-local = Eingedämmt (Ortszeit)
export-col-closed-at = Abgeschlossen (UTC)
export-col-closed-at-local = Abgeschlossen (Ortszeit)
export-col-aware-justification = Begründung des Kenntniszeitpunkts
export-col-nature = Art (V/I/V)
export-col-description = Beschreibung
export-col-data-categories = Datenkategorien
export-col-special-categories = Besondere Kategorien
export-col-records-approx = Ungefähre Zahl der Datensätze
export-col-records-estimate = Datensätze geschätzt
export-col-subject-categories = Kategorien betroffener Personen
export-col-subjects-approx = Ungefähre Zahl betroffener Personen
export-col-subjects-estimate = Betroffene Personen geschätzt
export-col-enisa-dpc = ENISA DPC
export-col-enisa-ei = ENISA EI
export-col-enisa-cb = ENISA CB
export-col-enisa-se = ENISA SE
export-col-risk = Risiko
export-col-risk-reasoning = Begründung der Risikobewertung
export-col-art33-decision = Entscheidung nach Art. 33
export-col-art33-rationale = Begründung nach Art. 33
export-col-art33-decided-by = Entschieden von
export-col-art33-decided-at = Entschieden (UTC)
export-col-filings = Meldungen
export-col-controllers-notified = Benachrichtigte Verantwortliche
export-col-art34-decision = Entscheidung nach Art. 34
export-col-other-regimes = Weitere Regelungen und Behörden
export-col-consequences = Wahrscheinliche Folgen
export-col-measures-taken = Ergriffene Maßnahmen
export-col-measures-proposed = Vorgeschlagene Maßnahmen
export-col-status = Status
export-col-journal-seq = Journalposition
export-col-journal-hash = Hash des letzten Eintrags

## Bezeichnungen von Feldern und Werten in Berichten

report-field-title = Titel
report-field-description = Beschreibung
report-field-category = Kategorie
report-field-vuln-class = Schwachstellenklasse
report-field-source = Quelle
report-field-severity = Schweregrad
report-field-status = Status
report-field-close-reason = Abschlussgrund
report-field-occurred-at = Eingetreten
report-field-occurred-from = Eingetreten ab
report-field-occurred-to = Eingetreten bis
report-field-detected-at = Entdeckt
report-field-owner = Verantwortlich
report-field-affected-systems = Betroffene Systeme
report-field-exercise = Übung
report-field-personal-data = Personenbezogene Daten betroffen
report-field-aware-at = Kenntnis von der Verletzung
report-field-aware-justification = Begründung der Untersuchungsdauer
report-field-role = Unsere Rolle
report-field-nature = Art der Verletzung
report-field-data-categories = Datenkategorien
report-field-special-categories = Besondere Kategorien (Art. 9/10)
report-field-subject-categories = Kategorien betroffener Personen
report-field-subjects-approx = Ungefähre Zahl betroffener Personen
report-field-subjects-estimate = Zahl betroffener Personen geschätzt
report-field-records-approx = Ungefähre Zahl der Datensätze
report-field-records-estimate = Zahl der Datensätze geschätzt
report-field-consequences = Wahrscheinliche Folgen
report-field-measures-taken = Ergriffene Maßnahmen
report-field-measures-proposed = Vorgeschlagene Maßnahmen
report-field-contact-point = Anlaufstelle (DSB)
report-field-risk = Risiko
report-field-risk-reasoning = Begründung der Risikobewertung
report-field-decision = Entscheidung über die Meldung
report-field-decision-rationale = Begründung der Entscheidung
report-field-decided-by = Entschieden von
report-field-decided-at = Datum der Entscheidung
report-field-due-at = Fällig
report-field-note = Notiz
report-field-name = Name der Organisation
report-field-address = Anschrift
report-field-default-role = Standardrolle
report-field-timezone = Zeitzone
report-field-language = Sprache
report-field-lead-authority = Federführende Aufsichtsbehörde
report-field-aware-gap-hours = Frist bis zur Kenntnis (Stunden)
report-field-idle-lock-minutes = Sperre bei Inaktivität (Minuten)
report-field-notify-thresholds-hours = Erinnerungsschwellen (Stunden)
report-field-backup-folder = Sicherungsordner
report-category-malware = Schadsoftware oder Ransomware
report-category-phishing = Phishing
report-category-lost-device = Verlorenes oder gestohlenes Gerät
report-category-misdirected = Fehlversand
report-category-unauthorised-access = Unbefugter Zugriff
report-category-account-takeover = Kontoübernahme
report-category-vulnerability = Schwachstellenmeldung
report-category-insider-misuse = Missbrauch durch Innentäter
report-category-system-failure = Systemausfall
report-category-third-party = Vorfall bei Auftragsverarbeiter oder Dritten
report-category-other = Sonstiges
report-vuln-xss = Cross-Site-Scripting (XSS)
report-vuln-open-redirect = Offene Weiterleitung
report-vuln-csrf = Cross-Site-Request-Forgery (CSRF)
report-vuln-injection = Injektion
report-vuln-auth-flaw = Authentifizierungsfehler
report-vuln-rce = Ausführung von Schadcode aus der Ferne
report-source-internal-monitoring = Interne Überwachung
report-source-employee = Beschäftigte Person
report-source-customer = Kunde
report-source-partner-notice = Mitteilung eines Auftragsverarbeiters oder Partners
report-source-bug-bounty = Bug-Bounty-Meldung
report-source-authority-request = Anfrage einer Behörde
report-severity-low = Niedrig
report-severity-medium = Mittel
report-severity-high = Hoch
report-severity-critical = Kritisch
report-status-reported = Gemeldet
report-status-triage = Ersteinschätzung
report-status-investigating = In Untersuchung
report-status-contained = Eingedämmt
report-status-resolved = Behoben
report-status-closed = Abgeschlossen
report-close-reason-resolved = Behoben
report-close-reason-false-positive = Fehlalarm
report-close-reason-duplicate = Duplikat
report-close-reason-not-security-incident = Kein Sicherheitsvorfall
report-personal-data-yes = Ja
report-personal-data-no = Nein
report-personal-data-undetermined = Noch nicht festgestellt
report-role-controller = Verantwortlicher
report-role-processor = Auftragsverarbeiter
report-role-joint-controller = Gemeinsam Verantwortlicher
report-nature-confidentiality = Vertraulichkeit
report-nature-integrity = Integrität
report-nature-availability = Verfügbarkeit
report-risk-none = Kein Risiko
report-risk-risk = Risiko
report-risk-high = Hohes Risiko
report-decision-notify = Meldung an die Aufsichtsbehörde
report-decision-no-notify = Keine Meldung

## Notification, data-subject communication and controller notice

report-title-notification = Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO)
report-title-subjects = Benachrichtigung der betroffenen Personen (Art. 34 DSGVO)
report-title-controller = Meldung einer Datenschutzverletzung an den Verantwortlichen (Art. 33 Abs. 2 DSGVO)
report-kind-notification = Meldung an die Aufsichtsbehörde
report-kind-subjects = Benachrichtigung der betroffenen Personen
report-kind-controller = Meldung an einen Verantwortlichen
report-section-addressee = Empfänger
report-addressee = Empfänger
report-addressee-subjects = Die betroffenen Personen
report-website = Website
report-document-language = Sprache dieses Dokuments
report-missing-measures = ergriffene oder vorgeschlagene Maßnahmen
report-doc-phased = Diese Meldung erfolgt schrittweise (Art. 33 Abs. 4 DSGVO). Die folgenden Informationen liegen noch nicht vor und werden ohne unangemessene weitere Verzögerung nachgereicht: { $items }.
report-doc-incomplete = Noch nicht erfasst (nach Art. 34 Abs. 2 DSGVO erforderlich): { $items }.
report-section-art34-exemption = Ausnahme von der Benachrichtigung (Art. 34 Abs. 3 DSGVO)
report-section-customer-draft = Anlage: Entwurf Ihrer eigenen Meldung an Ihre Aufsichtsbehörde
report-customer-draft-intro = Als Verantwortlicher entscheiden Sie, ob Sie Ihre Aufsichtsbehörde benachrichtigen, und reichen die Meldung selbst ein. Dieser Entwurf ihres Formulars ist mit den Angaben und Zahlen dieser Mitteilung über Ihre Daten ausgefüllt, damit Sie ihn prüfen, Fehlendes ergänzen und ihn einreichen können.
report-exemption = Ausnahme
report-justification = Begründung
report-section-filing-record = Nachweis der Meldungen
report-filing-record-intro-notification = Die Meldepflicht gegenüber dieser Behörde und jede dazu erfasste Meldung (Erstmeldung, weitere Informationen, Rücknahme) mit dem Zeitpunkt der Meldung und, wenn die Frist überschritten wurde, den Gründen für die Verzögerung.
report-filing-record-intro-subjects = Die Pflicht zur Benachrichtigung der betroffenen Personen und jede dazu erfasste Benachrichtigung.
report-filing-record-intro-controller = Die Pflicht, diesen Verantwortlichen unverzüglich zu informieren (Art. 33 Abs. 2 DSGVO, gegebenenfalls mit der vertraglich vereinbarten Frist), und jede dazu erfasste Meldung.
report-no-obligation-for-document = Für diesen Vorfall ist keine Pflicht gegenüber diesem Empfänger erfasst.

## Obligations and filings (incident report)

report-section-obligations = Pflichten
report-no-obligations = Für diesen Vorfall wurden keine Meldepflichten abgeleitet.
report-section-filings = Meldungen
report-no-filings = Keine Meldungen erfasst.
report-col-regime = Regelwerk
report-col-recipient = Empfänger
report-col-obligation = Pflicht
report-col-due = Fällig
report-col-status = Status
report-col-phase = Phase
report-col-channel = Weg
report-col-reference = Aktenzeichen
report-col-delay = Rechtzeitigkeit
report-due-undue-delay = Unverzüglich (keine gesetzliche Frist)
report-due-awaiting = Beginnt, sobald das auslösende Ereignis erfasst ist
report-late-by = { $duration } verspätet
report-overdue-by = seit { $duration } überfällig
report-on-time = fristgerecht
report-reasons-for-delay = Gründe für die Verzögerung: { $reasons }
report-not-required-because = Nicht erforderlich: { $rationale } ({ $by }, { $at })
report-duration-dhm = { $d } T. { $h } Std. { $m } Min.
report-duration-hm = { $h } Std. { $m } Min.

## Register: regulation columns

report-col-filings = Meldungen und Benachrichtigung
report-reg-enisa = ENISA: DPC { $dpc } × EI { $ei } + CB { $cb } = SE { $se } ({ $band })
report-reg-superseded = ersetzt durch { $reference }
report-reg-controllers = Benachrichtigte Verantwortliche: { $list }
report-reg-controller-pending = ausstehend
report-reg-art34-communicated = Art. 34: betroffene Personen benachrichtigt am { $at } ({ $channel })
report-reg-art34-exempt = Art. 34: Ausnahme — { $exemption }. { $justification }
report-reg-art34-pending = Art. 34: Benachrichtigung der betroffenen Personen ausstehend
report-reg-art34-not-required = Art. 34: keine Benachrichtigung erforderlich (kein hohes Risiko)
report-reg-other = Weitere Regelwerke: { $list }
export-col-enisa-band = ENISA-Schweregrad
export-col-notified-at = Gemeldet an die Behörde (UTC)
export-col-notified-at-local = Gemeldet an die Behörde (lokal)
export-col-notification-reference = Aktenzeichen der Meldung
export-col-art34-exemption = Ausnahme nach Art. 34 Abs. 3
export-col-art34-justification = Begründung der Ausnahme nach Art. 34 Abs. 3
export-col-art34-communicated-at = Betroffene benachrichtigt (UTC)
export-col-art34-channel = Weg der Benachrichtigung

## Desktop app: Reports screen

app-nav-reports = Berichte
app-reports-button = Bericht…
app-reports-title = Berichte
app-reports-intro = Erstellen Sie hashverkettete PDF-Berichte für Aufsichtsbehörden, betroffene Personen, Verantwortliche und Prüfer, und prüfen Sie einen erhaltenen oder versandten Bericht.
app-reports-issue-heading = Bericht erstellen
app-reports-kind = Berichtsart
app-reports-kind-incident = Bericht zum Sicherheitsvorfall
app-reports-kind-notification = Meldung an die Aufsichtsbehörde
app-reports-kind-subjects = Benachrichtigung der betroffenen Personen
app-reports-kind-controller = Meldung an einen Verantwortlichen
app-reports-kind-register = Verzeichnis der Verletzungen
app-reports-kind-audit-trail = Prüfprotokoll
app-reports-about-incident = Der gesamte Vorfall: Sachverhalt, Bewertung, Entscheidungen, Pflichten, Meldungen, Maßnahmen und zeitlicher Ablauf.
app-reports-about-notification = Die Meldung nach Art. 33 DSGVO wie eingereicht, in der Sprache der Behörde, mit ihren Meldungen.
app-reports-about-subjects = Die Benachrichtigung der betroffenen Personen nach Art. 34 DSGVO in klarer und einfacher Sprache.
app-reports-about-controller = Die Meldung des Auftragsverarbeiters an einen Verantwortlichen nach Art. 33 Abs. 2 DSGVO.
app-reports-about-register = Das Verzeichnis aller Verletzungen nach Art. 33 Abs. 5 DSGVO, einschließlich der nicht gemeldeten.
app-reports-about-audit-trail = Das Journal des Registers selbst, Ereignis für Ereignis.
app-reports-incident = Vorfall
app-reports-choose-incident = Vorfall auswählen…
app-reports-authority = Aufsichtsbehörde
app-reports-controller = Verantwortlicher
app-reports-no-controllers = Es sind keine Verantwortlichen erfasst. Fügen Sie sie mit „breachlog controller add“ hinzu.
app-reports-language = Sprache
app-reports-language-authority = Sprache der Behörde
app-reports-language-default = Sprache der Organisation
app-reports-from = Von
app-reports-to = Bis
app-reports-issue = Erstellen und speichern…
app-reports-issuing = Wird erstellt…
app-draft-issue-pdf = Als PDF erstellen und speichern…
app-reports-issued = Bericht { $serial } erstellt ({ $pages } Seiten).
app-reports-saved-to = Gespeichert unter
app-reports-sha256 = SHA-256 der PDF-Datei
app-reports-head = Journalstand
app-reports-verify-heading = Bericht prüfen
app-reports-verify-intro = Wählen Sie einen PDF-Bericht von Breachlog. Geprüft werden das Siegel, der eingebettete Inhalt und die Journalereignisse; bei entsperrtem Register außerdem, ob dieses Register den Bericht erstellt hat.
app-reports-verify = PDF auswählen und prüfen…
app-reports-verify-ok = { $file } ist unverändert.
app-reports-proof = Signierter Nachweis: { $events ->
    [one] sein Journaleintrag ist
   *[other] seine { $events } Journaleinträge sind
} im Journal des Registers { $register } mit { $size } Einträgen enthalten, wie ein mit dem Schlüssel { $key } signierter Checkpoint bestätigt ({ $proofs ->
    [one] { $proofs } Inklusionsnachweis
   *[other] { $proofs } Inklusionsnachweise
} geprüft). Ohne das Register vergleicht „verify-report --checkpoint“ der Kommandozeile diesen Schlüssel mit einem vom Register erhaltenen Checkpoint.
app-reports-no-proof = Dieser Bericht enthält keinen signierten Nachweis (er wurde ausgestellt, bevor Berichte einen enthielten).
app-reports-verify-failed = { $file } besteht die Prüfung nicht.
app-reports-serial = Bericht Nr.
app-reports-issued-here = Von diesem Register erstellt
app-reports-issued-here-yes = Ja; das Register enthält den abgedeckten Journalstand weiterhin.
app-reports-issued-here-no = Nein
app-reports-not-checked = Nicht geprüft (Register gesperrt): der eingebettete Inhalt passt zum Siegel, aber ob dieses Register ihn erstellt hat, lässt sich ohne das Register nicht prüfen
app-reports-pdf-filter = PDF-Dokumente

## Recovery Kit (one page, printed or saved by the user; holds the recovery key)

kit-title = Breachlog-Wiederherstellungsset
kit-subtitle = Bewahren Sie diese Seite offline an einem sicheren Ort auf. Wer sie und eine Kopie des Registers besitzt, kann jeden Vorfall lesen.
kit-organisation = Organisation
kit-register-file = Registerdatei
kit-register-id = Register-ID
kit-issued = Wiederherstellungsschlüssel ausgestellt
kit-recovery-key = Wiederherstellungsschlüssel
kit-what-heading = Was dieser Schlüssel ist
kit-what = Der Wiederherstellungsschlüssel öffnet das Register, wenn die Passphrase vergessen oder der Schlüsselbund des Betriebssystems verloren ist. Er ist der einzige Weg zurück: Breachlog bewahrt keine Kopie auf und kann ihn nicht zurücksetzen.
kit-keep-heading = Wo Sie ihn aufbewahren
kit-keep = Drucken Sie diese Seite aus oder notieren Sie den Schlüssel, und bewahren Sie ihn getrennt vom Laptop mit dem Register auf: im Firmentresor oder bei Ihrem Datenschutzbeauftragten oder einem zweiten Geschäftsführer.
    Speichern Sie ihn nicht im selben Cloud-Ordner oder in derselben Sicherung wie das Register und versenden Sie ihn nicht per E-Mail.
kit-use-heading = Wie Sie ihn verwenden
kit-use = Wählen Sie auf dem Entsperrbildschirm „Wiederherstellungsschlüssel verwenden“ und geben Sie den Schlüssel ein (Groß- oder Kleinschreibung, mit oder ohne Bindestriche). In der Befehlszeile: breachlog --recovery incident list.
    Legen Sie danach sofort eine neue Passphrase fest (die App fragt danach).
kit-lost-heading = Wenn er verloren geht oder von anderen gesehen wurde
kit-lost = Verloren: Öffnen Sie das Register und wählen Sie Einstellungen → Schlüssel → „Neuen Wiederherstellungsschlüssel ausstellen“; der alte Schlüssel öffnet das Register dann nicht mehr. Von anderen gesehen: Erneuern Sie den Schlüssel (Einstellungen → Schlüssel oder breachlog key rotate), wodurch das Register neu verschlüsselt wird, und erstellen Sie ältere Sicherungen neu, die sich noch mit dem alten Schlüssel öffnen lassen.
kit-footer = Breachlog-Wiederherstellungsset — vertraulich. Diese Seite ist kein Bericht des Registers und wird darin nicht erfasst.

# Warum keine Meldepflicht abgeleitet wurde (Vorfallbericht, Verzeichnis).
report-clock-gap-exercise = Der Vorfall ist eine Übung; Übungen begründen keine Pflichten.
report-clock-gap-not-assessed = Der Vorfall ist nicht als Verletzung des Schutzes personenbezogener Daten bewertet.
report-clock-gap-no-personal-data = Laut Bewertung sind keine personenbezogenen Daten betroffen.
report-clock-gap-gdpr-not-applied = Weder die DSGVO noch die UK GDPR gilt für den Vorfall.
report-clock-gap-processor-without-controllers = Die Rolle bei diesem Vorfall ist Auftragsverarbeiter und es ist kein betroffener Verantwortlicher ausgewählt: eine Meldung an einen Verantwortlichen (Art. 33 Abs. 2 DSGVO) kann erst abgeleitet werden, wenn die Verantwortlichen gewählt sind.

## Register exports for auditors (Reports screen)
app-export-heading = Exporte für Prüfer
app-export-intro = Das Verzeichnis der Datenschutzverletzungen (DSGVO Art. 33 Abs. 5) als Tabelle, oder ein Paket, das ein Prüfer offline kontrolliert: das Journal, das Verzeichnis als CSV und XLSX, jeder ausgestellte Bericht und ein Manifest mit dem SHA-256-Hash jeder Datei.
app-export-headers = Spaltenüberschriften und Werte
app-export-headers-localised = Auf { $language } (für Menschen; die CSV öffnet sich in Excel korrekt)
app-export-headers-ids = Stabile Maschinen-IDs (für Skripte)
app-export-csv = CSV exportieren…
app-export-xlsx = XLSX exportieren…
app-export-bundle = Paket exportieren…
app-export-working = Wird exportiert…
app-export-csv-filter = CSV-Dateien
app-export-xlsx-filter = Excel-Arbeitsmappen
app-export-bundle-dialog = Name des neuen Paketordners
app-reports-save-dialog = Bericht als PDF speichern
app-export-register-done = { $rows ->
    [one] Verzeichnis exportiert: { $rows } Verletzung.
   *[other] Verzeichnis exportiert: { $rows } Verletzungen.
}
app-export-bundle-done = { $files ->
    [one] Paket exportiert: { $files } Datei und ihr Manifest.
   *[other] Paket exportiert: { $files } Dateien und ihr Manifest.
}
app-export-bundle-check = Der Prüfer kann jede Datei mit einem beliebigen SHA-256-Werkzeug gegen manifest.json prüfen und die Hash-Kette des Journals nach dem veröffentlichten Format (docs/chain-format.md) – ohne Schlüssel und ohne Breachlog.
app-export-manifest = SHA-256 des Manifests
report-title-controller-uk = Meldung einer Datenschutzverletzung an den Verantwortlichen (Art. 33 Abs. 2 UK GDPR)
report-doc-phased-uk = Diese Meldung erfolgt schrittweise (Art. 33 Abs. 4 UK GDPR). Die folgenden Informationen liegen noch nicht vor und werden ohne unangemessene weitere Verzögerung nachgereicht: { $items }.
report-filing-record-intro-controller-uk = Die Pflicht, diesen Verantwortlichen unverzüglich zu informieren (Art. 33 Abs. 2 UK GDPR, gegebenenfalls mit der vertraglich vereinbarten Frist), und jede dazu erfasste Meldung.
report-title-notification-uk = Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 UK GDPR)
report-title-subjects-uk = Benachrichtigung der betroffenen Personen (Art. 34 UK GDPR)
report-doc-incomplete-uk = Noch nicht erfasst (nach Art. 34 Abs. 2 UK GDPR erforderlich): { $items }.
report-section-art34-exemption-uk = Ausnahme von der Benachrichtigung (Art. 34 Abs. 3 UK GDPR)
report-filing-record-intro-notification-uk = Die Meldepflicht gegenüber dieser Behörde und jede dazu erfasste Meldung (Erstmeldung, weitere Informationen, Rücknahme) mit dem Zeitpunkt der Meldung und, wenn die Frist überschritten wurde, den Gründen für die Verzögerung.
report-filing-record-intro-subjects-uk = Die Pflicht zur Benachrichtigung der betroffenen Personen und jede dazu erfasste Benachrichtigung.
report-col-field = Feld
cli-dora-written = DORA-Bericht in { $path } geschrieben ({ $missing ->
    [0] alle Pflichtfelder beantwortet
    [one] ein Pflichtfeld noch leer
   *[other] { $missing } Pflichtfelder noch leer
})
report-kind-dora = DORA-Meldung an die Finanzaufsicht
report-filing-record-intro-dora = Die DORA-Meldepflicht dieser Stufe gegenüber der Finanzaufsicht (DORA Art. 19 Abs. 4; Delegierte Verordnung (EU) 2025/301 Art. 5) und jede dafür erfasste Übermittlung, mit dem Zeitpunkt der Übermittlung und, wo die Frist versäumt wurde, den Gründen für die Verzögerung.
report-kind-nis2 = NIS2-Meldung an das CSIRT
report-filing-record-intro-nis2 = Die NIS2-Meldepflicht dieser Stufe gegenüber dem CSIRT oder der zuständigen Behörde (NIS2 Art. 23 Abs. 4) und jede dafür erfasste Übermittlung, mit dem Zeitpunkt der Übermittlung und, wo die Frist versäumt wurde, den Gründen für die Verzögerung.
report-kind-cra = CRA-Meldung an den CSIRT-Koordinator
report-filing-record-intro-cra = Die Meldepflicht dieser Stufe nach der Cyberresilienz-Verordnung gegenüber dem CSIRT-Koordinator über die einheitliche Meldeplattform der ENISA (Verordnung (EU) 2024/2847 Art. 14) und jede dafür erfasste Übermittlung, mit dem Zeitpunkt der Übermittlung und, wo die Frist versäumt wurde, den Gründen für die Verzögerung.
