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
