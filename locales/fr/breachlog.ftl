# Breachlog — messages en français. Tous les textes visibles par l’utilisateur dans la CLI, l’application de bureau et les
# PDF proviennent de ces fichiers ; de, nl et fr doivent avoir les mêmes identifiants et variables.

## Erreurs

error-invalid-input = Valeur non valide pour « { $field } » : { $reason }
error-wrong-key = Phrase de passe ou clé incorrecte : le registre n’a pas pu être déverrouillé.
error-no-key = Le registre est verrouillé et aucune clé n’a été fournie. Définissez BREACHLOG_PASSPHRASE, utilisez --passphrase-file ou déverrouillez le registre avec la clé de récupération.
error-too-many-attempts = Trop de tentatives de déverrouillage infructueuses. Patientez { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
} avant de réessayer.
error-not-found = Aucun élément « { $entity } » ne porte l’identifiant { $id }.
error-invalid-transition = Impossible de faire passer l’incident de l’état « { $from } » à l’état « { $to } ». États suivants autorisés : { $allowed }.
error-integrity = Échec du contrôle d’intégrité à l’événement { $seq } : { $reason }
error-schema-too-new = Ce registre a été écrit par une version plus récente de Breachlog (schéma { $found } ; cette version lit jusqu’au schéma { $supported }). Mettez Breachlog à jour pour l’ouvrir.
error-register-exists = Un registre existe déjà à l’emplacement { $path }.
error-register-missing = Aucun registre à l’emplacement { $path }. Créez-en un avec « breachlog init ».
error-keyfile-damaged = Le fichier de clé { $path } est endommagé : { $detail }
error-keyring = Le trousseau de clés du système d’exploitation n’est pas disponible : { $detail }
error-disk-full = Le disque est plein : rien n’a été écrit. Libérez de l’espace et réessayez.
error-read-only = Impossible d’écrire dans le registre (fichier ou dossier en lecture seule) : rien n’a été écrit.
error-storage = Impossible de lire ou d’écrire le registre : { $detail }
error-holidays-out-of-range = Aucune règle de jours fériés pour { $country } en { $year } : les données des jours fériés couvrent les années { $from } à { $to }, ce délai ne peut donc pas être calculé.
error-io = Impossible d’accéder à { $path } : { $detail }
error-register-busy = Le registre { $path } est ouvert dans un autre processus ({ $holders }) : rien n’a été modifié. Fermez-le là-bas (verrouillez l’application de bureau ou attendez la fin de l’autre commande) et réessayez.
error-register-busy-unknown = Le registre { $path } est ouvert dans un autre processus : rien n’a été modifié. Fermez-le là-bas (verrouillez l’application de bureau ou attendez la fin de l’autre commande) et réessayez.

## Motifs (pourquoi une valeur a été refusée)

reason-empty = la valeur ne doit pas être vide
reason-too-long = la valeur est trop longue (au maximum { $max })
reason-control-characters = la valeur contient des caractères de contrôle
reason-not-a-timestamp = la valeur n’est pas une date et heure avec décalage UTC (RFC 3339, p. ex. 2026-03-14T09:30:00+01:00)
reason-in-future = la date se situe dans le futur
reason-before-detected = la date est antérieure au moment où l’incident a été détecté
reason-after-detected = la date est postérieure au moment où l’incident a été détecté
reason-aware-before-detected = la prise de connaissance ne peut pas être antérieure à la détection
reason-justification-required = la prise de connaissance est intervenue plus de { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
} après la détection ; la durée de l’investigation doit donc être justifiée
reason-unknown-value = la valeur ne fait pas partie des valeurs admises : { $allowed }
reason-required-with = la valeur est obligatoire lorsque « { $other } » est renseigné
reason-required-to-reopen = un motif est obligatoire pour rouvrir un incident
reason-required-to-close = la clôture depuis l’état « à qualifier » exige un motif : false_positive, duplicate ou not_security_incident
reason-only-for-vulnerability = une classe de vulnérabilité ne s’applique qu’à la catégorie « Signalement de vulnérabilité » (vulnerability)
reason-not-a-number = la valeur n’est pas un nombre entier
reason-out-of-range = la valeur est hors limites (au maximum { $max })
reason-unknown-timezone = la valeur n’est pas un fuseau horaire IANA (p. ex. Europe/Amsterdam)
reason-unknown-language = la valeur ne fait pas partie de : en, de, nl, fr
reason-invalid-range = le début de la période est postérieur à sa fin
reason-not-an-id = la valeur n’est ni un identifiant ni un préfixe d’identifiant d’au moins 4 caractères
reason-duplicate = la valeur correspond à plusieurs entrées ; saisissez davantage de caractères
reason-already-in-state = l’incident se trouve déjà dans cet état
reason-weak-passphrase = la phrase de passe doit comporter au moins 12 caractères
reason-mismatch = les deux saisies ne correspondent pas
reason-not-the-recovery-key = elle ne correspond pas à la clé émise pour ce registre
reason-no-changes = aucune modification ne serait apportée
reason-symlink = c’est un lien symbolique ; indiquez le fichier réel
reason-is-directory = c’est un dossier ; indiquez un nom de fichier
reason-folder-not-empty = le dossier contient déjà des fichiers ; choisissez un dossier nouveau ou vide
reason-register-file = c’est l’un des fichiers du registre lui-même (base de données, fichier de clé ou verrou) ; choisissez un autre fichier
reason-kdf-out-of-bounds = ses paramètres de dérivation de clé sont hors de la plage acceptée
reason-relative-path = ce n’est pas un chemin complet : choisissez le dossier, ou saisissez un chemin qui commence par / (ou ~/ pour votre dossier personnel)
reason-no-home-directory = commence par ~, mais le dossier personnel est introuvable : saisissez le chemin complet

## Intégrité

integrity-hash-mismatch = l’empreinte enregistrée ne correspond pas au contenu de l’événement (l’événement a été modifié)
integrity-prev-mismatch = le lien vers l’événement précédent est rompu (des événements ont été modifiés, intervertis ou supprimés)
integrity-seq-gap = un événement manque ou n’est pas à sa place (événement { $found } trouvé)
integrity-malformed = l’événement est mal formé : { $detail }
integrity-not-canonical = la ligne n’est pas le texte canonique (RFC 8785) de son événement : d’autres outils pourraient lire un autre contenu que celui qui a été haché
integrity-duplicate-member = la ligne contient deux fois le membre « { $name } » : d’autres outils pourraient lire le leurre au lieu de la valeur hachée
integrity-head-not-found = la tête de chaîne attendue { $expected } ne figure pas dans le journal : le journal a été tronqué ou reconstruit
integrity-projection-mismatch = la table { $table } (ligne { $key }) diffère du contenu du journal
integrity-differs-from-reference = l’événement diffère de celui de l’export antérieur ou est absent (le journal a été modifié et reconstruit, ou tronqué)

## Entités

entity-incident = incident
entity-action = action

## Noms des champs

field-title = titre
field-description = description
field-category = catégorie
field-vuln-class = classe de vulnérabilité
field-source = source
field-severity = gravité
field-affected-systems = systèmes concernés
field-owner = responsable de l’incident
field-occurred-at = date de survenue
field-detected-at = date de détection
field-to = état cible
field-at = date et heure
field-close-reason = motif de clôture
field-note = note
field-due-at = échéance
field-personal-data = données personnelles
field-aware-at = prise de connaissance
field-aware-justification = justification de la durée d’investigation
field-role = rôle
field-nature = nature de la violation
field-data-categories = catégories de données
field-special-categories = catégories particulières de données
field-subject-categories = catégories de personnes concernées
field-subjects-approx = nombre approximatif de personnes concernées
field-records-approx = nombre approximatif d’enregistrements concernés
field-consequences = conséquences probables
field-measures-taken = mesures prises
field-measures-proposed = mesures proposées
field-measures = mesures prises ou proposées
field-contact-point = point de contact
field-risk = risque
field-risk-reasoning = justification du risque
field-decision = décision de notification
field-decision-rationale = motivation de la décision
field-decided-at = date de la décision
field-org-name = nom de l’organisme
field-address = adresse
field-timezone = fuseau horaire
field-language = langue
field-lead-authority = autorité chef de file
field-dora-entity-type = type d’entité financière (DORA)
field-nis2-entity = entité essentielle ou importante (NIS2)
org-not-set = non renseigné
field-aware-gap-hours = écart détection – prise de connaissance (heures)
field-idle-lock-minutes = verrouillage après inactivité (minutes)
field-notify-thresholds-hours = rappels avant échéance (heures)
field-backup-folder = dossier de sauvegarde
field-passphrase = phrase de passe
field-recovery-key = clé de récupération
field-id = identifiant
field-status = statut
field-limit = nombre maximal
field-detected-from = détecté à partir du
field-detected-to = détecté jusqu’au
field-expect-head = tête de chaîne attendue
field-journal = fichier journal
field-out = fichier de sortie
field-key-file = fichier de clé

## Catégories

category-malware = Logiciel malveillant ou rançongiciel
category-phishing = Hameçonnage
category-lost-device = Appareil perdu ou volé
category-misdirected = Communication envoyée au mauvais destinataire
category-unauthorised-access = Accès non autorisé
category-account-takeover = Prise de contrôle de compte
category-vulnerability = Signalement de vulnérabilité
category-insider-misuse = Usage abusif en interne
category-system-failure = Défaillance du système
category-third-party = Incident chez un sous-traitant ou un tiers
category-other = Autre

vuln-xss = Script intersite (XSS)
vuln-open-redirect = Redirection ouverte
vuln-csrf = Falsification de requête intersite (CSRF)
vuln-injection = Injection
vuln-auth-flaw = Faille d’authentification
vuln-rce = Exécution de code à distance

source-internal-monitoring = Supervision interne
source-employee = Collaborateur
source-customer = Client
source-partner-notice = Signalement d’un sous-traitant ou d’un partenaire
source-bug-bounty = Rapport de bug bounty
source-authority-request = Demande d’une autorité

severity-low = Faible
severity-medium = Moyenne
severity-high = Élevée
severity-critical = Critique

status-reported = signalé
status-triage = à qualifier
status-investigating = en analyse
status-contained = confiné
status-resolved = résolu
status-closed = clos

close-reason-resolved = Résolu
close-reason-false-positive = Faux positif
close-reason-duplicate = Doublon
close-reason-not-security-incident = Pas un incident de sécurité

personal-data-yes = Oui
personal-data-no = Non
personal-data-undetermined = Indéterminé

role-controller = Responsable du traitement
role-processor = Sous-traitant
role-joint-controller = Responsable conjoint du traitement
role-both = Responsable du traitement et sous-traitant

nature-confidentiality = Confidentialité
nature-integrity = Intégrité
nature-availability = Disponibilité

risk-none = Aucun risque
risk-risk = Risque
risk-high = Risque élevé

decision-notify = Notifier l’autorité de contrôle
decision-no-notify = Ne pas notifier

language-en = English
language-de = Deutsch
language-nl = Nederlands
language-fr = Français

## CLI

cli-init-done = Registre créé à l’emplacement { $path }.
cli-recovery-key = Clé de récupération (affichée une seule fois — notez-la et conservez-la hors ligne) : { $key }
cli-keyring-stored = La clé des données est également enregistrée dans le trousseau de clés du système d’exploitation.
cli-prompt-passphrase = Phrase de passe :
cli-prompt-new-passphrase = Nouvelle phrase de passe (au moins 12 caractères) :
cli-prompt-confirm-passphrase = Saisissez à nouveau la phrase de passe :
cli-incident-created = Incident { $id } enregistré : { $title }
cli-incident-updated = Incident { $id } mis à jour.
cli-incident-transitioned = L’incident { $id } est désormais { $status }.
cli-breach-assessed = Évaluation de l’incident { $id } enregistrée.
cli-action-added = Action { $id } ajoutée.
cli-action-done = Action { $id } marquée comme terminée.
cli-action-undone = Action { $id } marquée comme non terminée.
cli-note-added = Note ajoutée à l’incident { $id }.
cli-org-updated = Profil de l’organisme enregistré.
cli-no-incidents = Aucun incident ne correspond aux critères.
cli-incidents-count = { $total ->
    [one] Incident affiché : { $shown } sur { $total }
   *[other] Incidents affichés : { $shown } sur { $total }
}
cli-verify-ok = Journal intact : { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}, tête de chaîne { $seq } { $hash }.
cli-exported = { $events ->
    [one] { $events } événement exporté
   *[other] { $events } événements exportés
} vers { $path } (tête de chaîne { $hash }).
cli-missing-art33 = Éléments encore manquants pour la notification prévue à l’art. 33, paragraphe 3 : { $items }
cli-header-id = ID
cli-header-detected = Détecté
cli-header-status = Statut
cli-header-breach = Violation
cli-header-risk = Risque
cli-header-title = Titre
cli-header-when = Quand
cli-header-actor = Qui
cli-header-event = Quoi
cli-timeline = Chronologie
cli-actions = Actions
cli-notes = Notes
cli-assessment = Évaluation de la violation de données à caractère personnel
cli-yes = oui
cli-no = non
cli-backup-created = Sauvegarde chiffrée écrite dans { $path } (tête de chaîne { $hash }).
cli-backup-restored = Sauvegarde restaurée dans { $path } et vérifiée (tête de chaîne { $hash }).
cli-passphrase-changed = La phrase secrète a été modifiée.
cli-key-rotated = Le registre a été rechiffré avec une nouvelle clé de données ; l’ancienne clé de données, l’ancienne phrase secrète et l’ancienne clé de récupération ne l’ouvrent plus. Les sauvegardes antérieures s’ouvrent toujours avec l’ancienne phrase secrète et l’ancienne clé de récupération : supprimez-les ou recréez-les si celles-ci ont pu être compromises.
cli-key-rotate-staged = Notez cette nouvelle clé de récupération maintenant : le registre rechiffré est en cours de mise en place. Si une erreur suit, essayez d’abord la nouvelle clé de récupération, puis l’ancienne.
cli-recovery-confirmed = La clé de récupération a été confirmée.
cli-recovery-unconfirmed = Rappel : personne n’a encore confirmé détenir la clé de récupération de ce registre. Si elle est notée, confirmez-la avec « breachlog key confirm-recovery » ; si elle est perdue, créez-en une nouvelle avec « breachlog key new-recovery ».
cli-recovery-new = Une nouvelle clé de récupération a remplacé l’ancienne, qui n’ouvre plus ce registre (les sauvegardes antérieures gardent la leur). Confirmez-la avec « breachlog key confirm-recovery » une fois notée.
cli-recovery-used = Vous avez déverrouillé avec la clé de récupération : définissez une nouvelle phrase secrète avec « breachlog key change-passphrase ».
cli-keyring-added = La clé de données est désormais conservée dans le trousseau de clés du système d’exploitation.
cli-keyring-removed = La clé de données a été retirée du trousseau de clés du système d’exploitation.

## The desktop window's title: the organisation and how many deadlines have passed.
app-window-title = { $org } — Breachlog
app-window-title-overdue = { $org } · { $count } en retard — Breachlog
field-letter-field = champ de la lettre
field-letter-text = texte de la lettre
