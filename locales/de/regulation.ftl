# Breachlog — Regulierungsmodul (Pflichten, Meldungen, Regeln, ENISA, Behörden, Entwürfe).

## Reasons (why a field was refused)

reason-reasons-for-delay-required = die Meldung erfolgt { $minutes } Minuten nach Fristablauf; die Gründe für die Verzögerung sind anzugeben
reason-notify-required = „keine Meldung“ kann nur entschieden werden, wenn das Risiko „kein Risiko“ lautet
reason-regime-not-enabled = dieses Regelwerk gilt nicht für die Organisation oder den Vorfall
reason-not-classifiable = eingestuft werden nur nis2 (erheblicher Sicherheitsvorfall) und dora (schwerwiegender Vorfall)
reason-already-filed = für diese Pflicht liegt bereits eine Erstmeldung vor; erfassen Sie stattdessen eine Ergänzung, einen Abschlussbericht oder eine Rücknahme
reason-no-initial-filing = für diese Pflicht liegt noch keine Erstmeldung vor
reason-before-initial-filing = der Zeitpunkt liegt vor der Erstmeldung
reason-wrong-obligation = der Eintrag gehört nicht zu diesem Vorfall bzw. dieser Pflicht
reason-obligation-not-required = für diese Pflicht wurde entschieden, dass sie nicht besteht
reason-only-for-follow-ups = nur eine Ergänzung, ein Abschlussbericht oder eine Rücknahme verweist auf eine frühere Meldung
reason-unknown-authority = es handelt sich um keine Behörde des Verzeichnisses (siehe „breachlog authority list“)
reason-unknown-id = kein Eintrag hat diese Kennung
reason-no-statutory-hours = diese Regel enthält keine gesetzliche Stundenfrist, die geändert werden könnte
reason-not-incoming = beantwortet werden kann nur eine eingehende Anfrage

## Entities and fields

entity-obligation = Pflicht
entity-filing = Meldung
entity-controller = Verantwortlicher
entity-contact = Behördenkontakt
field-obligation = Pflicht
field-channel = Übermittlungsweg
field-reference = Aktenzeichen
field-reasons-for-delay = Gründe für die Verzögerung
field-phase = Phase
field-follows = vorhergehende Meldung
field-regime = Regelwerk
field-regimes = Regelwerke
field-rule = Regel
field-hours = Stunden
field-notice-hours = Meldefrist in Stunden
field-name = Name
field-contact = Kontakt
field-controllers = Verantwortliche
field-authorities = Aufsichtsbehörden
field-authority = Aufsichtsbehörde
field-art34-exemption = Ausnahme nach Art. 34 Abs. 3
field-art34-justification = Begründung der Ausnahme nach Art. 34 Abs. 3
field-malicious = Verdacht auf böswillige Handlung
field-cross-border = grenzüberschreitende Auswirkungen
field-dora-rollover-country = Land für die DORA-Fristverschiebung
field-undue-delay-target-hours = internes Ziel für „unverzüglich“
field-as-of = Stichtag
field-dpc = Kontext der Datenverarbeitung (DPC)
field-dpc-adjust = Anpassung des DPC
field-ei = Identifizierbarkeit (EI)
field-cb-confidentiality = Verlust der Vertraulichkeit
field-cb-integrity = Verlust der Integrität
field-cb-availability = Verlust der Verfügbarkeit
field-direction = Richtung
field-subject = Betreff
field-response-due-at = Antwortfrist
field-incident = Vorfall
field-answers = beantwortete Anfrage
field-lang = Sprache

## Values

regime-gdpr = DSGVO
regime-uk-gdpr = UK GDPR
regime-nis2 = NIS-2
regime-dora = DORA
regime-eprivacy = ePrivacy
obligation-kind-notification = Meldung
obligation-kind-controller-notice = Meldung an den Verantwortlichen
obligation-kind-subject-communication = Benachrichtigung der betroffenen Personen
obligation-kind-early-warning = Frühwarnung
obligation-kind-initial = Erstmeldung
obligation-kind-intermediate = Zwischenbericht
obligation-kind-final = Abschlussbericht
obligation-kind-complete = vollständige Meldung
obligation-kind-authority-request = Anfrage der Behörde
obligation-status-pending = offen
obligation-status-filed = gemeldet
obligation-status-filed-late = verspätet gemeldet
obligation-status-overdue = überfällig
obligation-status-not-required = nicht erforderlich
obligation-status-awaiting-anchor = Fristbeginn ausstehend
channel-portal = Online-Portal
channel-email = E-Mail
channel-letter = Brief
channel-phone = Telefon
phase-initial = Erstmeldung
phase-follow-up = Ergänzung
phase-final = Abschluss
phase-withdrawal = Rücknahme
art34-exemption-a = Art. 34 Abs. 3 lit. a: Daten für Unbefugte unzugänglich
art34-exemption-b = Art. 34 Abs. 3 lit. b: hohes Risiko besteht aller Wahrscheinlichkeit nach nicht mehr
art34-exemption-c = Art. 34 Abs. 3 lit. c: unverhältnismäßiger Aufwand, stattdessen öffentliche Bekanntmachung
tristate-yes = ja
tristate-no = nein
tristate-unknown = unbekannt
contact-direction-incoming = eingehende Anfrage
contact-direction-outgoing = ausgehende Antwort
obligation-no-longer-derived = Der Sachverhalt des Vorfalls begründet diese Pflicht nicht mehr (Rolle, Regelwerk, personenbezogene Daten oder Übungsstatus wurden geändert).

## CLI

reg-header-regime = Regelwerk
reg-header-kind = Pflicht
reg-header-recipient = Empfänger
reg-header-due = Frist
reg-header-status = Status
reg-header-reference = Rechtsgrundlage
reg-no-due-time = unverzüglich
reg-late-by = { $status } ({ $minutes } Min.)
reg-hours = { $hours } Stunden
reg-months = { $months } Monat(e)
cli-no-obligations = Keine Pflichten.
cli-no-controllers = Noch keine Verantwortlichen erfasst. Legen Sie einen mit „breachlog controller add“ an.
cli-controller-added = Verantwortlicher { $name } angelegt ({ $id }).
cli-filing-recorded = Meldung { $id } erfasst.
cli-filing-recorded-late = Meldung { $id } erfasst, { $minutes } Minuten nach Fristablauf (Gründe für die Verzögerung erfasst).
cli-classified = Vorfall { $id } nach { $regime } eingestuft; die Fristen laufen.
cli-incident-regimes = Für Vorfall { $id } gelten nun: { $regimes }
cli-rule-changed = Regel { $rule } geändert. Zuvor entstandene Pflichten behalten ihre Bedingungen.
cli-regulation-settings-changed = Einstellungen zu den Regelwerken geändert.
cli-ics-written = Fristen in { $path } geschrieben.
cli-contact-logged = Behördenkontakt { $id } erfasst.
cli-no-contacts = Keine Behördenkontakte erfasst.
ics-summary = { $kind } ({ $regime }) an { $recipient }

## ENISA severity

enisa-result = Schweregrad { $score }: { $band }
enisa-band-low = niedrig
enisa-band-medium = mittel
enisa-band-high = hoch
enisa-band-very-high = sehr hoch
