## Preuves de Merkle sur le journal et points de contrôle signés (docs/chain-format.md §8, §9).

field-seq = numéro de séquence
field-size = taille du journal
field-from-size = taille antérieure du journal
field-to-size = taille ultérieure du journal

cli-proof-inclusion = L’événement { $seq } (empreinte { $hash }) figure dans le journal de { $size } événements, racine de Merkle { $root }. Chemin d’audit, de la feuille à la racine :
cli-proof-consistency = Le journal de { $from } événements (racine de Merkle { $from_root }) est un préfixe du journal de { $to } événements (racine de Merkle { $to_root }). Preuve de cohérence :
field-checkpoint = fichier de point de contrôle

reason-not-a-checkpoint = n’est pas un point de contrôle signé d’un registre Breachlog (docs/chain-format.md §9), ou dépasse 64 Kio

cli-anchor-checkpoint = Point de contrôle signé enregistré comme événement { $seq } : le journal de { $size } événements, racine de Merkle { $root }.
cli-anchor-exported = Un point de contrôle signé de tout le journal (événement { $seq } : { $size } événements, racine de Merkle { $root }) a été écrit dans { $path }. Confiez-le à quelqu’un qui le conserve hors de cet ordinateur ; `breachlog verify --checkpoint` vérifie le registre par rapport à lui.
cli-verify-checkpoints = { $count ->
    [one] Un point de contrôle signé vérifié (signature, taille, racine et tête).
   *[other] { $count } points de contrôle signés vérifiés (signature, taille, racine et tête).
}
cli-verify-witnessed = Le registre prolonge toujours le point de contrôle témoin de { $size } événements (racine de Merkle { $root }) : preuve de cohérence jusqu’à { $now } événements vérifiée.

integrity-checkpoint-malformed = le point de contrôle signé est mal formé : { $detail }
integrity-checkpoint-signature = la signature du point de contrôle ne se vérifie pas avec la clé de signature publiée du registre (le point de contrôle a été modifié)
integrity-checkpoint-key-unknown = le point de contrôle n’est signé par aucune clé publiée par le registre (il a été signé avec une autre clé)
integrity-checkpoint-mismatch = le champ { $field } du point de contrôle ne correspond pas au journal qu’il couvre
integrity-checkpoint-other-register = le point de contrôle appartient à un autre registre ({ $origin })
integrity-checkpoint-diverges = le journal ne prolonge plus le point de contrôle témoin de { $size } événements : des événements jusqu’à celui-ci ont été réécrits
integrity-checkpoint-shorter = le journal compte moins d’événements que le point de contrôle témoin de { $size } événements : il a été tronqué

## Horodatages de confiance (RFC 3161) sur les points de contrôle signés (docs/chain-format.md §10).

field-url = URL
field-ca = ancre de confiance (certificat d’AC)
field-tsa = autorité d’horodatage
entity-tsa = autorité d’horodatage
reason-not-an-http-url = n’est pas une URL http:// simple avec un hôte (par exemple http://timestamp.example.com/tsa)
reason-not-a-certificate = n’est pas un certificat X.509 (PEM ou DER)
reason-no-tsa-configured = aucune autorité d’horodatage n’est configurée : ajoutez-en une avec « breachlog anchor tsa add --url URL --ca CA.pem »
error-tsa-unavailable = L’autorité d’horodatage { $url } est injoignable ({ $detail }). Rien n’a été enregistré ; redemandez l’horodatage quand elle sera joignable.
error-tsa-refused = La réponse de l’autorité d’horodatage { $url } a été refusée : { $reason }. Rien n’a été enregistré.
cli-anchor-tsa-added = Autorité d’horodatage { $url } ajoutée ; ses jetons doivent remonter à { $subject } (SHA-256 { $sha256 }).
cli-anchor-tsa-removed = Autorité d’horodatage { $url } retirée ; ses jetons déjà enregistrés restent vérifiés.
cli-anchor-tsa-none = Aucune autorité d’horodatage n’est configurée.
cli-anchor-tsa-row = { $url } — ancre de confiance { $subject } (SHA-256 { $sha256 }), ajoutée le { $added }
cli-anchor-timestamped = Horodatage enregistré comme événement { $seq } : { $tsa } atteste que le point de contrôle signé de l’événement { $checkpoint } existait le { $time } (numéro de série { $serial }).
cli-verify-timestamps = { $count ->
    [one] Un jeton d’horodatage vérifié hors ligne (signature, chaîne de certificats jusqu’à l’ancre de confiance de l’autorité, empreinte de son point de contrôle).
   *[other] { $count } jetons d’horodatage vérifiés hors ligne (signature, chaîne de certificats jusqu’à l’ancre de confiance de l’autorité, empreinte de leur point de contrôle).
}
integrity-timestamp-malformed = le jeton d’horodatage n’est pas un jeton RFC 3161 bien formé : { $detail }
integrity-timestamp-signature = la signature du jeton d’horodatage n’est pas valide : le jeton a été modifié ou falsifié
integrity-timestamp-untrusted = le jeton d’horodatage n’est pas signé par un certificat qui remonte à l’ancre de confiance configurée pour son autorité d’horodatage
integrity-timestamp-not-tsa = le certificat qui a signé le jeton n’est pas un certificat d’horodatage (pas d’usage étendu de clé timeStamping)
integrity-timestamp-expired = un certificat du jeton d’horodatage n’était pas valide à l’heure qu’il atteste
integrity-timestamp-other-data = le jeton d’horodatage porte sur d’autres données que le point de contrôle signé qu’il désigne
integrity-timestamp-not-granted = l’autorité d’horodatage n’a pas accordé l’horodatage (statut { $status })
integrity-timestamp-checkpoint-unknown = l’horodatage désigne l’événement { $checkpoint }, qui n’est pas un point de contrôle signé antérieur
integrity-timestamp-tsa-unknown = l’horodatage provient de { $url }, une autorité d’horodatage que le registre n’avait pas configurée à ce moment-là
integrity-timestamp-mismatch = le champ { $field } de l’événement d’horodatage diffère de son jeton
